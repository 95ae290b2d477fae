import type { DbExecutor } from '@/server/db/client';
import { meetings, memberships, type Meeting } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { MeetingFields } from './setup-inputs';

/**
 * Creates a meeting with its creator as its secretariat. Callers check first that the creator is
 * an instance administrator (requireAdministrator): a delegate must not be able to set up
 * look-alike meetings and invite people into them.
 */
export async function createMeeting({ db, userId, fields }: { db: DbExecutor; userId: string; fields: MeetingFields }): Promise<Meeting> {
  return db.transaction(async (tx) => {
    const [meeting] = await tx.insert(meetings).values(fields).returning();
    if (!meeting) throw new Error('meeting was not created');
    await tx.insert(memberships).values({ userId, meetingId: meeting.id, role: 'secretariat', delegationId: null });
    await recordAuditEvent({ db: tx, event: { meetingId: meeting.id, userId, action: 'meeting.create', details: { title: meeting.title } } });
    return meeting;
  });
}
