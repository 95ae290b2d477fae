import type { Role } from '@/lib/negotiation/roles';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import type { Database } from '@/server/db/client';
import { delegations, meetings, memberships, users } from '@/server/db/schema';
import { createDraft } from '@/server/drafts/create-draft';

export const PARAGRAPH_ONE = 'b1a6f0d2-0000-4000-8000-000000000001';
export const PARAGRAPH_TWO = 'b1a6f0d2-0000-4000-8000-000000000002';
export const OPENING_TEXT = 'The Working Group recommends that States parties';

export interface SeededUser {
  userId: string;
  name: string;
}

export interface CollabMeeting {
  meetingId: string;
  draftId: string;
  france: string;
  mexico: string;
  people: Record<'chair' | 'secretariat' | 'frenchDelegate' | 'mexicanDelegate' | 'viewer' | 'outsider', SeededUser>;
}

/** A meeting with two delegations, one member per role, an outsider and a two-paragraph draft. */
export async function seedCollabMeeting(db: Database): Promise<CollabMeeting> {
  const [meeting] = await db
    .insert(meetings)
    .values({
      title: 'Working Group on Trafficking in Persons',
      body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      venue: 'Vienna',
      startsOn: '2022-06-29',
      endsOn: '2022-06-30',
      symbolPrefix: 'CTOC/COP/WG.4/2022',
    })
    .returning();
  if (!meeting) throw new Error('meeting not seeded');
  const [france, mexico] = await db
    .insert(delegations)
    .values([
      { meetingId: meeting.id, name: 'France', shortName: 'FRA', kind: 'state_party' },
      { meetingId: meeting.id, name: 'Mexico', shortName: 'MEX', kind: 'state_party' },
    ])
    .returning();
  if (!france || !mexico) throw new Error('delegations not seeded');
  const member = async (name: string, role: Role | null, delegationId: string | null = null): Promise<SeededUser> => {
    const [user] = await db
      .insert(users)
      .values({ email: `${name.toLowerCase().replace(/\W+/g, '.')}.${meeting.id.slice(0, 8)}@example.org`, name, passwordHash: 'unused' })
      .returning();
    if (!user) throw new Error(`user ${name} not seeded`);
    if (role) await db.insert(memberships).values({ userId: user.id, meetingId: meeting.id, role, delegationId });
    return { userId: user.id, name };
  };
  const people = {
    chair: await member('Chair Person', 'chair'),
    secretariat: await member('Secretariat Officer', 'secretariat'),
    frenchDelegate: await member('Delegate of France', 'delegate', france.id),
    mexicanDelegate: await member('Delegate of Mexico', 'delegate', mexico.id),
    viewer: await member('Public Viewer', 'viewer'),
    outsider: await member('Someone Else', null),
  };
  const draft = await createDraft({
    db,
    meetingId: meeting.id,
    agendaItemId: null,
    title: 'Draft recommendations',
    initialState: buildDraftState([
      { id: PARAGRAPH_ONE, label: '1', kind: 'OP', runs: [{ insert: OPENING_TEXT }] },
      { id: PARAGRAPH_TWO, label: '2', kind: 'OP', runs: [{ insert: 'Invites Member States to consider' }] },
    ]),
  });
  return { meetingId: meeting.id, draftId: draft.id, france: france.id, mexico: mexico.id, people };
}
