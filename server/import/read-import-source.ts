import type { ImportSource } from '@/lib/import/draft-import-preview';
import type { ParseOptions } from '@/lib/import/parse-draft-lines';
import { parseDraftText } from '@/lib/import/parse-draft-text';
import type { TextFormat } from '@/lib/import/source-lines';
import type { ImportResult } from '@/lib/import/types';
import { AppError } from '@/server/http/app-error';
import { parseDraftDocx } from './parse-draft-docx';
import { MAX_IMPORT_BYTES, MAX_IMPORT_PARAGRAPHS } from './import-limits';
import { UnreadableDocxError } from './unreadable-docx-error';
import { say } from '@/lib/i18n/server-sentences';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

/**
 * Reads the text to import from a form: an uploaded `file` (.txt, .md or .docx), or pasted
 * `text` with `format` "text" or "markdown". Problems with the upload itself (size, type, a
 * damaged Word file) are AppErrors; problems with the text are in the returned ImportResult.
 * `delegations` are the meeting's, so that attributions naming them are recognised.
 */
export async function readImportSource(form: FormData, parse: ParseOptions = {}): Promise<{ source: ImportSource; result: ImportResult }> {
  const file = form.get('file');
  if (file instanceof File && file.size > 0) return readFile(file, parse);
  const text = form.get('text');
  if (typeof text !== 'string' || text.trim() === '') throw new AppError('bad_request', say('server.import.pasteOrChoose', {}));
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw new AppError('bad_request', say('server.import.pasteTooLarge', {}));
  checkLineCount(text, null);
  const format: TextFormat = form.get('format') === 'markdown' ? 'markdown' : 'text';
  return { source: { description: 'pasted text', kind: 'paste' }, result: parseDraftText(text, { format, ...parse }) };
}

async function readFile(file: File, parse: ParseOptions): Promise<{ source: ImportSource; result: ImportResult }> {
  const name = file.name || 'the file';
  if (file.size > MAX_IMPORT_BYTES) throw new AppError('bad_request', say('server.import.fileTooLarge', { name }));
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const buffer = Buffer.from(await file.arrayBuffer());
  if (extension === '.docx') {
    try {
      return { source: { description: name, kind: 'docx' }, result: await parseDraftDocx(buffer, parse) };
    } catch (error) {
      if (error instanceof UnreadableDocxError) throw new AppError('bad_request', say('server.import.unreadableDocx', { name, problem: error.message }));
      throw error;
    }
  }
  if (extension === '.txt' || extension === '.md') {
    const text = new TextDecoder('utf-8', { fatal: true });
    let decoded: string;
    try {
      decoded = text.decode(buffer);
    } catch {
      throw new AppError('bad_request', say('server.import.notUtf8', { name }));
    }
    checkLineCount(decoded, name);
    const kind = extension === '.md' ? 'md' : 'txt';
    return { source: { description: name, kind }, result: parseDraftText(decoded, { format: kind === 'md' ? 'markdown' : 'text', ...parse }) };
  }
  throw new AppError('bad_request', say('server.import.wrongType', { name }));
}

/** Non-empty lines are the text's paragraphs (and their sub-items); blank lines cost nothing. */
function checkLineCount(text: string, fileName: string | null): void {
  let lines = 0;
  for (const line of text.split('\n')) if (line.trim() !== '' && ++lines > MAX_IMPORT_PARAGRAPHS) {
    throw new AppError(
      'bad_request',
      fileName === null
        ? say('server.import.pastedTooManyLines', { max: MAX_IMPORT_PARAGRAPHS })
        : say('server.import.fileTooManyLines', { max: MAX_IMPORT_PARAGRAPHS, name: fileName }),
    );
  }
}
