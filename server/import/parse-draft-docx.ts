import { parseDraftLines, type ParseOptions } from '@/lib/import/parse-draft-lines';
import { importFailure, type ImportResult } from '@/lib/import/types';
import { readDocxLines } from './read-docx-lines';
import { say } from '@/lib/i18n/server-sentences';

/** Parses a Word file's paragraphs; throws UnreadableDocxError when the file is not a readable .docx. */
export async function parseDraftDocx(buffer: Buffer, parse: ParseOptions = {}): Promise<ImportResult> {
  const lines = await readDocxLines(buffer);
  if (lines.length === 0) return importFailure(1, say('server.import.docxEmpty', {}));
  return parseDraftLines(lines, 'paragraph', parse);
}
