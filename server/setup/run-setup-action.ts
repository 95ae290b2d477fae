import { revalidatePath } from 'next/cache';
import { ZodError } from 'zod';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb, type Database } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
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
    return { status: 'error', message: describeFailure(error), ...lines, at };
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof AppError) return error.userMessage;
  if (error instanceof ZodError) return error.issues[0]?.message ?? 'Some fields are not valid.';
  console.error('[setup] action failed:', error);
  return 'Something went wrong on the server. Nothing was changed.';
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
