import { parseDraftLines, type ParseOptions } from '@/lib/import/parse-draft-lines';
import type { ImportResult } from '@/lib/import/types';
import { readDocxLines } from './read-docx-lines';

/** Parses a Word file's paragraphs; throws UnreadableDocxError when the file is not a readable .docx. */
export async function parseDraftDocx(buffer: Buffer, parse: ParseOptions = {}): Promise<ImportResult> {
  const lines = await readDocxLines(buffer);
  if (lines.length === 0) return { error: { line: 1, message: 'The Word document has no text.' } };
  return parseDraftLines(lines, 'paragraph', parse);
}
