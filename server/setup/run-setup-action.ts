import { revalidatePath } from 'next/cache';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb, type Database } from '@/server/db/client';
import { toAppError } from '@/server/http/to-app-error';
import { ListRefused } from './list-refused';
import type { SetupActionState } from '@/lib/setup/setup-action-state';

export interface SetupActionOutcome {
  message: string;
  secret?: string;
}

/**
 * The frame of every setup server action: a session is required, the work itself checks the
 * secretariat role (server/setup functions call requireSecretariat), and failures become a
 * message for the form instead of an error page. The meeting's pages are refreshed after a change.
 */
export async function runSetupAction(
  meetingId: string,
  work: (ctx: { db: Database; userId: string }) => Promise<SetupActionOutcome>,
): Promise<SetupActionState> {
  const at = Date.now();
  try {
    const user = await requireSessionUser({ signInMessage: 'Your session has ended. Sign in again.' });
    const outcome = await work({ db: getDb(), userId: user.id });
    revalidatePath(`/meetings/${meetingId}`, 'layout');
    return { status: 'ok', ...outcome, at };
  } catch (error) {
    const lines = error instanceof ListRefused ? { lines: error.lines } : {};
    return { status: 'error', message: toAppError(error).userMessage, ...lines, at };
  }
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
