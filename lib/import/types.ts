import type { ParagraphKind, SpotForm } from '@/lib/negotiation/schema';
import { englishOf, type ServerSentence, type WireSentence } from '@/lib/i18n/server-sentences';

/**
 * What an import produces before any document exists: paragraphs with their labels and their
 * text split into runs, each run carrying the brackets around it. The server turns these into a
 * draft's initial Y.Doc (the bracket marks need the importing user's id and fresh ids, which
 * lib/ does not hand out).
 */

export interface ImportedBracket {
  /** Unique within the import; every run inside this bracket carries the same key. */
  key: string;
  /** Brackets that are alternatives for one spot share a spot key (unique within the import). */
  spot?: string;
  form?: SpotForm;
  /** The option's label as written ("Option 1", "Alt. 1", "备选案文1"); only for form `option`. */
  option?: string;
  /** The option reads "No text". */
  noText?: boolean;
  /** The text inside the parentheses that followed the bracket, e.g. "Canada, supported by Mexico; Japan: delete". */
  attribution?: string;
}

export interface ImportedRun {
  text: string;
  /** The brackets around this text, outermost first; empty for plain text. The brackets themselves are not in the text. */
  brackets: ImportedBracket[];
}

export interface ImportedParagraph {
  /** As the room says it: "PP2", "3", "3 bis", "PP2 ter". */
  label: string;
  kind: ParagraphKind;
  runs: ImportedRun[];
  /** Where the paragraph starts in the source (line of the text, or paragraph of the Word file). */
  line: number;
}

/** `message` in English; `sentence` the same, for the preview to word in the reader's language. */
export interface ImportWarning {
  line: number | null;
  message: string;
  sentence?: WireSentence;
}

export function importWarning(line: number | null, sentence: ServerSentence): ImportWarning {
  return { line, message: englishOf(sentence), sentence };
}

export interface ImportSuccess {
  paragraphs: ImportedParagraph[];
  warnings: ImportWarning[];
}

export interface ImportFailure {
  error: { line: number; message: string; sentence?: WireSentence };
}

export function importFailure(line: number, sentence: ServerSentence): ImportFailure {
  return { error: { line, message: englishOf(sentence), sentence } };
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
