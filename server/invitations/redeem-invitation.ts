import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '@/lib/negotiation/roles';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { refuseWhilePasswordChangeRequired } from '@/server/auth/password-change-required';
import type { DbExecutor } from '@/server/db/client';
import { meetingInvitations, meetings, memberships, users, type MeetingInvitation } from '@/server/db/schema';
import { AppError } from '@/server/http/app-error';
import { getMembership } from '@/server/meetings/get-membership';
import { notifyMembershipChanged } from '@/server/setup/notify-membership-changed';
import { resolveParticipantDelegation } from '@/server/setup/resolve-participant-delegation';
import { hashInvitationCode } from './invitation-code';
import { getInvitationThrottle, invitationThrottleKeys } from './invitation-throttle';
import { englishOf, say } from '@/lib/i18n/server-sentences';

const REFUSAL_SENTENCES = {
  wrong: say('server.invitations.wrong', {}),
  expired: say('server.invitations.expired', {}),
  throttled: say('server.invitations.throttled', {}),
} as const;
/** The English of each refusal, for scripts and tests. */
export const INVITATION_REFUSALS = {
  wrong: englishOf(REFUSAL_SENTENCES.wrong),
  expired: englishOf(REFUSAL_SENTENCES.expired),
  throttled: englishOf(REFUSAL_SENTENCES.throttled),
} as const;

export interface JoinedMeeting {
  meetingId: string;
  title: string;
  role: Role;
}

/**
 * The owner of an account, signed in, accepts an invitation with its code, and only then becomes
 * a participant. The code works only for the invited email, so a secretariat that knows the
 * account's password cannot use it; wrong codes are counted per account and address before they
 * are checked, as sign-ins are.
 */
export async function redeemInvitation({
  db,
  userId,
  code,
  address,
  now = new Date(),
}: {
  db: DbExecutor;
  userId: string;
  code: string;
  address: string;
  now?: Date;
}): Promise<JoinedMeeting> {
  await refuseWhilePasswordChangeRequired({ db, userId });
  const keys = invitationThrottleKeys(address, userId);
  const throttle = getInvitationThrottle(db);
  if ((await throttle.begin(keys)) > 0) throw new AppError('throttled', REFUSAL_SENTENCES.throttled);
  const invitation = await findInvitationFor({ db, userId, code });
  if (!invitation) throw new AppError('bad_request', REFUSAL_SENTENCES.wrong);
  await throttle.succeed(keys);
  if (invitation.expiresAt.getTime() <= now.getTime()) throw new AppError('bad_request', REFUSAL_SENTENCES.expired);
  const joined = await db.transaction((tx) => accept({ db: tx, userId, invitation, now }));
  await notifyMembershipChanged({ userId, meetingId: joined.meetingId });
  return joined;
}

async function findInvitationFor({ db, userId, code }: { db: DbExecutor; userId: string; code: string }): Promise<MeetingInvitation | null> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user || code.trim() === '') return null;
  const [row] = await db
    .select()
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.codeHash, hashInvitationCode(code)), eq(meetingInvitations.email, user.email), isNull(meetingInvitations.acceptedAt)))
    .limit(1);
  return row ?? null;
}

async function accept({ db, userId, invitation, now }: { db: DbExecutor; userId: string; invitation: MeetingInvitation; now: Date }): Promise<JoinedMeeting> {
  const { meetingId, role } = invitation;
  if (await getMembership({ db, userId, meetingId })) throw new AppError('conflict', say('server.invitations.alreadyMember', {}));
  const delegationId = await resolveParticipantDelegation({ db, meetingId, role, delegationId: invitation.delegationId }).catch((error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    throw new AppError('conflict', say('server.invitations.noLongerValid', { problem: error.sentence ?? error.userMessage }));
  });
  const [taken] = await db
    .update(meetingInvitations)
    .set({ acceptedAt: now, acceptedBy: userId })
    .where(and(eq(meetingInvitations.id, invitation.id), isNull(meetingInvitations.acceptedAt)))
    .returning({ id: meetingInvitations.id });
  if (!taken) throw new AppError('conflict', say('server.invitations.justTaken', {}));
  await db.insert(memberships).values({ userId, meetingId, role, delegationId });
  await recordAuditEvent({
    db,
    event: { meetingId, userId, action: 'participant.invitation_accept', details: { invitation: invitation.id, participant: userId, role, delegation: delegationId } },
  });
  const [meeting] = await db.select({ title: meetings.title }).from(meetings).where(eq(meetings.id, meetingId)).limit(1);
  return { meetingId, title: meeting?.title ?? '', role };
}
