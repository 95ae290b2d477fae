'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { clientAddress } from '@/server/auth/client-address';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb } from '@/server/db/client';
import { redeemInvitation } from '@/server/invitations/redeem-invitation';
import type { SetupActionState } from '@/lib/setup/setup-action-state';
import { wordError } from '@/server/i18n/word-error';
import { say } from '@/lib/i18n/server-sentences';
import { wordSentence } from '@/server/i18n/word-sentence';

const codeInput = z.string().trim().min(1, 'Enter the invitation code the secretariat gave you.').max(100, 'An invitation code is 19 characters long; check what you typed.');

/** The signed-in owner of an account joins the meeting whose invitation code they were given. */
export async function redeemInvitationAction(_previous: SetupActionState, form: FormData): Promise<SetupActionState> {
  const at = Date.now();
  try {
    const user = await requireSessionUser({ signInMessage: say('server.http.sessionEnded', {}) });
    const code = codeInput.parse(form.get('code') ?? '');
    const joined = await redeemInvitation({ db: getDb(), userId: user.id, code, address: clientAddress(await headers()) });
    revalidatePath('/meetings');
    const message = await wordSentence({ sentence: say('server.invitations.joined', { meeting: joined.title, role: say(`server.role.${joined.role}`, {}) }) });
    return { status: 'ok', message, link: `/meetings/${joined.meetingId}`, at };
  } catch (error) {
    return { status: 'error', message: await wordError({ error }), at };
  }
}
