import { parseDraftLines, type ParseOptions } from './parse-draft-lines';
import { textToSourceLines, type TextFormat } from './source-lines';
import { IMPORT_LIMITS, type ImportResult } from './types';

/** Parses pasted text or an uploaded .txt/.md file into numbered paragraphs (see parse-draft-lines.ts). */
export function parseDraftText(input: string, { format = 'text', delegations }: { format?: TextFormat } & ParseOptions = {}): ImportResult {
  if (input.trim() === '') return { error: { line: 1, message: 'Line 1: the text is empty. Paste the draft or choose a file.' } };
  if (input.length > IMPORT_LIMITS.maxCharacters) {
    return { error: { line: 1, message: `The text is longer than ${IMPORT_LIMITS.maxCharacters.toLocaleString('en')} characters; split it into several drafts.` } };
  }
  return parseDraftLines(textToSourceLines(input, format), 'line', { delegations });
}
