import type { ParagraphKind } from '@/lib/negotiation/schema';

/**
 * What an import produces before any document exists: paragraphs with their labels and their
 * text split into plain and bracketed runs. The server turns these into a draft's initial
 * Y.Doc (the bracket mark needs the importing user's id, which lib/ does not know).
 */

export interface ImportedRun {
  text: string;
  /** True when the text sat inside square brackets in the source. The brackets themselves are dropped. */
  bracketed: boolean;
}

export interface ImportedParagraph {
  /** As the room says it: "PP2", "3", "3 bis", "PP2 ter". */
  label: string;
  kind: ParagraphKind;
  runs: ImportedRun[];
  /** Where the paragraph starts in the source (line of the text, or paragraph of the Word file). */
  line: number;
}

export interface ImportWarning {
  line: number | null;
  message: string;
}

export interface ImportSuccess {
  paragraphs: ImportedParagraph[];
  warnings: ImportWarning[];
}

export interface ImportFailure {
  error: { line: number; message: string };
}

export type ImportResult = ImportSuccess | ImportFailure;

export function isImportFailure(result: ImportResult): result is ImportFailure {
  return 'error' in result;
}

/**
 * One line of source text (or one paragraph of a Word document), as the paragraph parser sees it.
 * `startsBlock` is true after a blank line (text) and for every Word paragraph: a line that
 * continues the previous one without a break is a hard wrap and joins its paragraph.
 */
export interface SourceLine {
  line: number;
  text: string;
  startsBlock: boolean;
  /** Set for list items: Word list paragraphs, Markdown bullets. Level 0 is the outermost. */
  list?: { level: number; ordered: boolean };
  /** Markdown headings are never paragraphs. */
  heading?: boolean;
}

/** How locations are named in messages: "Line 7" for text, "Paragraph 7 of the document" for Word. */
export type SourceUnit = 'line' | 'paragraph';

export const IMPORT_LIMITS = {
  /** More than any draft recommendation the room would negotiate in one sitting. */
  maxParagraphs: 2_000,
  maxCharacters: 1_000_000,
} as const;
