'use server';

import { redirect } from 'next/navigation';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb } from '@/server/db/client';
import { createMeeting } from '@/server/setup/create-meeting';
import { formFields } from '@/server/setup/run-setup-action';
import type { SetupActionState } from '@/lib/setup/setup-action-state';
import { meetingFieldsInput } from '@/server/setup/setup-inputs';
import { requireAdministrator } from '@/server/users/require-administrator';
import { wordError } from '@/server/i18n/word-error';
import { say } from '@/lib/i18n/server-sentences';

/** Creates a meeting with the signed-in user (an instance administrator) as its secretariat, then opens its setup page. */
export async function createMeetingAction(_previous: SetupActionState, form: FormData): Promise<SetupActionState> {
  let meetingId: string;
  try {
    const user = await requireSessionUser({ signInMessage: say('server.http.sessionEnded', {}) });
    await requireAdministrator({ db: getDb(), userId: user.id });
    const fields = meetingFieldsInput.parse(formFields(form));
    meetingId = (await createMeeting({ db: getDb(), userId: user.id, fields })).id;
  } catch (error) {
    return { status: 'error', message: await wordError({ error }), at: Date.now() };
  }
  // redirect() throws; it must stay outside the try above.
  redirect(`/meetings/${meetingId}/setup`);
}
