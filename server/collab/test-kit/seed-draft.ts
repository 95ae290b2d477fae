import { count, eq } from 'drizzle-orm';
import { buildDraftState, type NewParagraph } from '@/lib/negotiation/draft-doc';
import type { Role } from '@/lib/negotiation/roles';
import type { Database } from '@/server/db/client';
import { delegations, draftUpdates, memberships, users, type DelegationKind } from '@/server/db/schema';
import { createDraft } from '@/server/drafts/create-draft';
import type { SeededUser } from './seed-collab-meeting';

/**
 * Additions to a meeting seeded by seedCollabMeeting: one more draft (so that each test of a
 * file can start from a clean draft, with its own refusal-limiter budget), delegations, members.
 */

let nextSeed = 1;

export async function seedDraft(db: Database, meetingId: string, paragraphs: NewParagraph[], title = 'Draft recommendations'): Promise<string> {
  const draft = await createDraft({ db, meetingId, agendaItemId: null, title, initialState: buildDraftState(paragraphs) });
  return draft.id;
}

export async function addDelegation(db: Database, meetingId: string, name: string, kind: DelegationKind = 'state_party'): Promise<string> {
  const [row] = await db
    .insert(delegations)
    .values({ meetingId, name, shortName: name.slice(0, 3).toUpperCase(), kind })
    .returning({ id: delegations.id });
  if (!row) throw new Error(`delegation ${name} not seeded`);
  return row.id;
}

export async function addMember(
  db: Database,
  meetingId: string,
  name: string,
  role: Role,
  delegationId: string | null = null,
): Promise<SeededUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${nextSeed++}.${meetingId.slice(0, 8)}@example.org`;
  const [user] = await db.insert(users).values({ email, name, passwordHash: 'unused' }).returning({ id: users.id });
  if (!user) throw new Error(`user ${name} not seeded`);
  await db.insert(memberships).values({ userId: user.id, meetingId, role, delegationId });
  return { userId: user.id, name };
}

/** How many rows the draft's update log holds (every accepted update and command is one row). */
export async function countDraftUpdates(db: Database, draftId: string): Promise<number> {
  const [row] = await db.select({ rows: count() }).from(draftUpdates).where(eq(draftUpdates.draftId, draftId));
  return row?.rows ?? 0;
}
