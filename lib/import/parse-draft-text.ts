import { parseDraftLines, type ParseOptions } from './parse-draft-lines';
import { textToSourceLines, type TextFormat } from './source-lines';
import { IMPORT_LIMITS, importFailure, type ImportResult } from './types';
import { say } from '@/lib/i18n/server-sentences';

/** Parses pasted text or an uploaded .txt/.md file into numbered paragraphs (see parse-draft-lines.ts). */
export function parseDraftText(input: string, { format = 'text', delegations }: { format?: TextFormat } & ParseOptions = {}): ImportResult {
  if (input.trim() === '') return importFailure(1, say('server.import.emptyText', {}));
  if (input.length > IMPORT_LIMITS.maxCharacters) {
    return importFailure(1, say('server.import.tooLong', { max: IMPORT_LIMITS.maxCharacters.toLocaleString('en') }));
  }
  return parseDraftLines(textToSourceLines(input, format), 'line', { delegations });
}
