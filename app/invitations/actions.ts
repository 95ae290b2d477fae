'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { ROLE_LABELS } from '@/lib/negotiation/roles';
import { clientAddress } from '@/server/auth/client-address';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb } from '@/server/db/client';
import { toAppError } from '@/server/http/to-app-error';
import { redeemInvitation } from '@/server/invitations/redeem-invitation';
import type { SetupActionState } from '@/lib/setup/setup-action-state';

const codeInput = z.string().trim().min(1, 'Enter the invitation code the secretariat gave you.').max(100, 'An invitation code is 19 characters long; check what you typed.');

/** The signed-in owner of an account joins the meeting whose invitation code they were given. */
export async function redeemInvitationAction(_previous: SetupActionState, form: FormData): Promise<SetupActionState> {
  const at = Date.now();
  try {
    const user = await requireSessionUser({ signInMessage: 'Your session has ended. Sign in again.' });
    const code = codeInput.parse(form.get('code') ?? '');
    const joined = await redeemInvitation({ db: getDb(), userId: user.id, code, address: clientAddress(await headers()) });
    revalidatePath('/meetings');
    return { status: 'ok', message: `You now take part in ${joined.title} as ${ROLE_LABELS[joined.role]}.`, link: `/meetings/${joined.meetingId}`, at };
  } catch (error) {
    return { status: 'error', message: toAppError(error).userMessage, at };
  }
}
