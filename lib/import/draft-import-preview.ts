import type { ParagraphStructure } from './describe-paragraph';
import type { ImportCounts } from './to-new-paragraphs';
import type { ImportedParagraph, ImportFailure, ImportWarning } from './types';

/** What an import read: pasted text or an uploaded file. */
export interface ImportSource {
  /** "pasted text", or the uploaded file's name. */
  description: string;
  kind: 'paste' | 'txt' | 'md' | 'docx';
}

export interface PreviewParagraph extends ImportedParagraph {
  /** The paragraph as the draft will show it, with brackets, alternatives, options and attributions. */
  text: string;
  structure: ParagraphStructure;
}

/** What importing this text would create, for the secretariat to check before creating the draft. */
export type DraftImportPreview =
  | {
      ok: true;
      source: ImportSource;
      paragraphs: PreviewParagraph[];
      warnings: ImportWarning[];
      counts: ImportCounts;
    }
  | { ok: false; source: ImportSource; error: ImportFailure['error'] };
