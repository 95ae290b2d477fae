import { and, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { meetingInvitations, type MeetingInvitation } from '@/server/db/schema';

/** The meeting's invitation of `email` that nobody has accepted yet (expired ones included). */
export async function findPendingInvitation({ db, meetingId, email }: { db: DbExecutor; meetingId: string; email: string }): Promise<MeetingInvitation | null> {
  const [row] = await db
    .select()
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.email, email), isNull(meetingInvitations.acceptedAt)))
    .limit(1);
  return row ?? null;
}
