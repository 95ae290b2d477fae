import { revalidatePath } from 'next/cache';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb, type Database } from '@/server/db/client';
import { ListRefused } from './list-refused';
import type { ListError } from '@/lib/setup/list-columns';
import type { SetupActionState } from '@/lib/setup/setup-action-state';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';
import { wordSentence } from '@/server/i18n/word-sentence';
import { wordError } from '@/server/i18n/word-error';

/** `message`: a sentence of the catalogue (worded in the reader's language), or English text. */
export interface SetupActionOutcome {
  message: string | ServerSentence;
  secret?: string;
}

/**
 * The frame of every setup server action: a session is required, the work itself checks the
 * secretariat role (server/setup functions call requireSecretariat), and failures become a
 * message for the form instead of an error page, in the reader's language when it is a sentence of
 * the catalogue. The meeting's pages are refreshed after a change.
 */
export async function runSetupAction(
  meetingId: string,
  work: (ctx: { db: Database; userId: string }) => Promise<SetupActionOutcome>,
): Promise<SetupActionState> {
  const at = Date.now();
  try {
    const user = await requireSessionUser({ signInMessage: say('server.http.sessionEnded', {}) });
    const outcome = await work({ db: getDb(), userId: user.id });
    revalidatePath(`/meetings/${meetingId}`, 'layout');
    const message = typeof outcome.message === 'string' ? outcome.message : await wordSentence({ sentence: outcome.message });
    return { status: 'ok', ...outcome, message, at };
  } catch (error) {
    const lines = error instanceof ListRefused ? { lines: await wordLines(error.lines) } : {};
    return { status: 'error', message: await wordError({ error }), ...lines, at };
  }
}

/** Each problem of a pasted list in the reader's language; the form shows only line and message. */
async function wordLines(lines: ListError[]): Promise<Array<{ line: number; message: string }>> {
  return Promise.all(lines.map(async ({ line, message, sentence }) => ({ line, message: sentence ? await wordSentence({ sentence }) : message })));
}

/** A form's fields as an object for zod; fields given several times (checkboxes, order) become arrays. */
export function formFields(form: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((value): value is string => typeof value === 'string');
    fields[key] = values.length > 1 ? values : (values[0] ?? '');
  }
  return fields;
}
