import type { Role } from '@/lib/negotiation/roles';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import type { Database } from '@/server/db/client';
import { delegations, meetings, memberships, users } from '@/server/db/schema';
import { createDraft } from '@/server/drafts/create-draft';
import { resolveDraftAccess, type DraftAccess } from '@/server/drafts/resolve-draft-access';

/** Fixtures for the comments, revisions and history integration tests (not production code). */

export const PARAGRAPHS = {
  one: 'c0a6f0d2-0000-4000-8000-000000000001',
  two: 'c0a6f0d2-0000-4000-8000-000000000002',
  three: 'c0a6f0d2-0000-4000-8000-000000000003',
} as const;
export const MEXICO_PROPOSAL = 'c0a6f0d2-0000-4000-8000-0000000000aa';

export type PersonKey = 'chair' | 'secretariat' | 'mexico' | 'canada' | 'observer' | 'viewer';

export interface Participant {
  userId: string;
  name: string;
  access: DraftAccess;
}

export interface CommentMeeting {
  meetingId: string;
  draftId: string;
  delegations: { mexico: string; canada: string; iom: string };
  people: Record<PersonKey, Participant>;
}

/** A meeting with Mexico, Canada and an observer organization, one member per role, a 3-paragraph draft. */
export async function seedCommentMeeting(db: Database): Promise<CommentMeeting> {
  const [meeting] = await db
    .insert(meetings)
    .values({ title: 'Working Group', body: 'Conference of the Parties', venue: 'Vienna', startsOn: '2022-06-29', endsOn: '2022-06-30', symbolPrefix: 'CTOC/COP/WG.4/2022' })
    .returning();
  if (!meeting) throw new Error('meeting not seeded');
  const rows = await db
    .insert(delegations)
    .values([
      { meetingId: meeting.id, name: 'Mexico', shortName: 'MEX', kind: 'state_party' as const },
      { meetingId: meeting.id, name: 'Canada', shortName: 'CAN', kind: 'state_party' as const },
      { meetingId: meeting.id, name: 'International Organization for Migration', shortName: 'IOM', kind: 'observer' as const },
    ])
    .returning();
  const [mexico, canada, iom] = rows.map((row) => row.id);
  if (!mexico || !canada || !iom) throw new Error('delegations not seeded');
  const draft = await createDraft({
    db,
    meetingId: meeting.id,
    agendaItemId: null,
    title: 'Draft recommendations',
    initialState: buildDraftState([
      { id: PARAGRAPHS.one, label: '1', kind: 'OP', runs: [{ insert: 'Encourages States parties to cooperate.' }] },
      { id: PARAGRAPHS.two, label: '2', kind: 'OP', runs: [{ insert: 'Urges States to protect victims.' }] },
      {
        id: PARAGRAPHS.three,
        label: '3',
        kind: 'OP',
        runs: [
          { insert: 'Recommends that States ' },
          { insert: 'hereby ', attributes: { insertion: { proposal: MEXICO_PROPOSAL, delegation: mexico, author: 'someone', at: '2022-06-29T10:00:00.000Z' } } },
          { insert: 'adopt measures to identify victims.' },
        ],
      },
    ]),
  });
  const member = async (key: PersonKey, name: string, role: Role, delegationId: string | null): Promise<Participant> => {
    const [user] = await db
      .insert(users)
      .values({ email: `${key}.${meeting.id.slice(0, 8)}@example.org`, name, passwordHash: 'unused' })
      .returning();
    if (!user) throw new Error(`user ${name} not seeded`);
    await db.insert(memberships).values({ userId: user.id, meetingId: meeting.id, role, delegationId });
    const access = await resolveDraftAccess({ db, userId: user.id, draftId: draft.id });
    if (!access) throw new Error(`no access for ${name}`);
    return { userId: user.id, name, access };
  };
  const people: Record<PersonKey, Participant> = {
    chair: await member('chair', 'Chair of the Working Group', 'chair', null),
    secretariat: await member('secretariat', 'Secretariat Officer', 'secretariat', null),
    mexico: await member('mexico', 'Delegate of Mexico', 'delegate', mexico),
    canada: await member('canada', 'Delegate of Canada', 'delegate', canada),
    observer: await member('observer', 'Observer for IOM', 'observer', iom),
    viewer: await member('viewer', 'Public Viewer', 'viewer', null),
  };
  return { meetingId: meeting.id, draftId: draft.id, delegations: { mexico, canada, iom }, people };
}
