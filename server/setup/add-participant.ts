import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { memberships, users } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { getMembership } from '@/server/meetings/get-membership';
import { createUser } from '@/server/users/create-user';
import { normaliseEmail } from '@/server/users/normalise-email';
import { generateInitialPassword } from './generate-initial-password';
import { requireSecretariat } from './require-secretariat';
import { resolveParticipantDelegation } from './resolve-participant-delegation';
import type { ParticipantFields } from './setup-inputs';

export interface AddedParticipant {
  userId: string;
  email: string;
  name: string;
  /**
   * The initial password of a new account, to be shown once to the secretariat (no mail server
   * is assumed) and never stored in clear. Null when the person already had an account: their
   * own password stands and is not the secretariat's to know.
   */
  initialPassword: string | null;
}

export async function addParticipant({
  db,
  userId,
  meetingId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  fields: ParticipantFields;
}): Promise<AddedParticipant> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const delegationId = await resolveParticipantDelegation({ db: tx, meetingId, role: fields.role, delegationId: fields.delegationId });
    const email = normaliseEmail(fields.email);
    const [existing] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    let initialPassword: string | null = null;
    let user = existing;
    if (!user) {
      initialPassword = generateInitialPassword();
      user = await createUser({ db: tx, email, name: fields.name, password: initialPassword });
    } else if (await getMembership({ db: tx, userId: user.id, meetingId })) {
      throw new AppError('conflict', `${user.name} (${email}) is already a participant in this meeting.`);
    }
    await tx.insert(memberships).values({ userId: user.id, meetingId, role: fields.role, delegationId });
    await recordAuditEvent({
      db: tx,
      event: { meetingId, userId, action: 'participant.add', details: { participant: user.id, email, role: fields.role, delegation: delegationId, newAccount: !existing } },
    });
    return { userId: user.id, email, name: user.name, initialPassword };
  });
}
