'use server';

import { redirect } from 'next/navigation';
import type { ZodError } from 'zod';
import { requireSessionUser } from '@/server/auth/require-session-user';
import type { SessionUser } from '@/server/auth/get-session-user';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import { createMeeting } from '@/server/setup/create-meeting';
import { formFields } from '@/server/setup/run-setup-action';
import type { SetupActionState } from '@/lib/setup/setup-action-state';
import { meetingFieldsInput } from '@/server/setup/setup-inputs';
import { ADMINISTRATORS_ONLY } from '@/server/users/require-administrator';
import { isAdministrator } from '@/server/users/is-administrator';

/** Creates a meeting with the signed-in user (an instance administrator) as its secretariat, then opens its setup page. */
export async function createMeetingAction(_previous: SetupActionState, form: FormData): Promise<SetupActionState> {
  let user: SessionUser;
  try {
    user = await requireSessionUser({ signInMessage: 'Your session has ended. Sign in again.' });
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: error.userMessage, at: Date.now() };
    throw error;
  }
  if (!(await isAdministrator({ db: getDb(), userId: user.id }))) return { status: 'error', message: ADMINISTRATORS_ONLY, at: Date.now() };
  const parsed = meetingFieldsInput.safeParse(formFields(form));
  if (!parsed.success) return { status: 'error', message: firstIssue(parsed.error), at: Date.now() };
  let meetingId: string;
  try {
    meetingId = (await createMeeting({ db: getDb(), userId: user.id, fields: parsed.data })).id;
  } catch (error) {
    console.error('[setup] could not create a meeting:', error);
    return { status: 'error', message: 'Something went wrong on the server. No meeting was created.', at: Date.now() };
  }
  // redirect() throws; it must stay outside the try above.
  redirect(`/meetings/${meetingId}/setup`);
}

function firstIssue(error: ZodError): string {
  return error.issues[0]?.message ?? 'Some fields are not valid.';
}
