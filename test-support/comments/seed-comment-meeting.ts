import type { Role } from '@/lib/negotiation/roles';
import type { Database } from '@/server/db/client';
import type { DelegationKind } from '@/server/db/schema';
import { resolveDraftAccess, type DraftAccess } from '@/server/drafts/resolve-draft-access';
import { buildDelegation } from '@/test-support/factories/build-delegation';
import { buildDraft } from '@/test-support/factories/build-draft';
import { buildMeeting } from '@/test-support/factories/build-meeting';
import { buildMember } from '@/test-support/factories/build-member';

/** The meeting of the comments, revisions and history integration tests. */

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
  const meeting = await buildMeeting(db);
  const delegation = async (name: string, shortName: string, kind: DelegationKind = 'state_party'): Promise<string> =>
    (await buildDelegation(db, { meetingId: meeting.id, name, shortName, kind })).id;
  const mexico = await delegation('Mexico', 'MEX');
  const canada = await delegation('Canada', 'CAN');
  const iom = await delegation('International Organization for Migration', 'IOM', 'observer');
  const draftId = await buildDraft(db, {
    meetingId: meeting.id,
    paragraphs: [
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
    ],
  });
  const member = async (name: string, role: Role, delegationId: string | null): Promise<Participant> => {
    const { userId } = await buildMember(db, { meetingId: meeting.id, name, role, delegationId });
    const access = await resolveDraftAccess({ db, userId, draftId });
    if (!access) throw new Error(`no access for ${name}`);
    return { userId, name, access };
  };
  const people: Record<PersonKey, Participant> = {
    chair: await member('Chair of the Working Group', 'chair', null),
    secretariat: await member('Secretariat Officer', 'secretariat', null),
    mexico: await member('Delegate of Mexico', 'delegate', mexico),
    canada: await member('Delegate of Canada', 'delegate', canada),
    observer: await member('Observer for IOM', 'observer', iom),
    viewer: await member('Public Viewer', 'viewer', null),
  };
  return { meetingId: meeting.id, draftId, delegations: { mexico, canada, iom }, people };
}
