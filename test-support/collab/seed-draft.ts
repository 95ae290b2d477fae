import { count, eq } from 'drizzle-orm';
import type { NewParagraph } from '@/lib/negotiation/draft-doc';
import type { Role } from '@/lib/negotiation/roles';
import type { Database } from '@/server/db/client';
import { draftUpdates, type DelegationKind } from '@/server/db/schema';
import { buildDelegation } from '@/test-support/factories/build-delegation';
import { buildDraft } from '@/test-support/factories/build-draft';
import { buildMember, type SeededUser } from '@/test-support/factories/build-member';

/**
 * Additions to a meeting seeded by seedCollabMeeting: one more draft (so that each test of a
 * file can start from a clean draft, with its own refusal-limiter budget), delegations, members.
 */

export function seedDraft(db: Database, meetingId: string, paragraphs: NewParagraph[], title = 'Draft recommendations'): Promise<string> {
  return buildDraft(db, { meetingId, paragraphs, title });
}

export async function addDelegation(db: Database, meetingId: string, name: string, kind: DelegationKind = 'state_party'): Promise<string> {
  return (await buildDelegation(db, { meetingId, name, kind })).id;
}

export function addMember(db: Database, meetingId: string, name: string, role: Role, delegationId: string | null = null): Promise<SeededUser> {
  return buildMember(db, { meetingId, name, role, delegationId });
}

/** How many rows the draft's update log holds (every accepted update and command is one row). */
export async function countDraftUpdates(db: Database, draftId: string): Promise<number> {
  const [row] = await db.select({ rows: count() }).from(draftUpdates).where(eq(draftUpdates.draftId, draftId));
  return row?.rows ?? 0;
}
