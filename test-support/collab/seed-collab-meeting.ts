import type { Role } from '@/lib/negotiation/roles';
import type { Database } from '@/server/db/client';
import { buildDelegation } from '@/test-support/factories/build-delegation';
import { buildDraft } from '@/test-support/factories/build-draft';
import { buildMeeting } from '@/test-support/factories/build-meeting';
import { buildMember, type SeededUser } from '@/test-support/factories/build-member';

export const PARAGRAPH_ONE = 'b1a6f0d2-0000-4000-8000-000000000001';
export const PARAGRAPH_TWO = 'b1a6f0d2-0000-4000-8000-000000000002';
export const OPENING_TEXT = 'The Working Group recommends that States parties';

export type { SeededUser };

export interface CollabMeeting {
  meetingId: string;
  draftId: string;
  france: string;
  mexico: string;
  people: Record<'chair' | 'secretariat' | 'frenchDelegate' | 'mexicanDelegate' | 'viewer' | 'outsider', SeededUser>;
}

/** A meeting with two delegations, one member per role, an outsider and a two-paragraph draft. */
export async function seedCollabMeeting(db: Database): Promise<CollabMeeting> {
  const meeting = await buildMeeting(db);
  const france = await buildDelegation(db, { meetingId: meeting.id, name: 'France', shortName: 'FRA' });
  const mexico = await buildDelegation(db, { meetingId: meeting.id, name: 'Mexico', shortName: 'MEX' });
  const member = (name: string, role: Role | null, delegationId: string | null = null): Promise<SeededUser> =>
    buildMember(db, { meetingId: meeting.id, name, role, delegationId });
  const people = {
    chair: await member('Chair Person', 'chair'),
    secretariat: await member('Secretariat Officer', 'secretariat'),
    frenchDelegate: await member('Delegate of France', 'delegate', france.id),
    mexicanDelegate: await member('Delegate of Mexico', 'delegate', mexico.id),
    viewer: await member('Public Viewer', 'viewer'),
    outsider: await member('Someone Else', null),
  };
  const draftId = await buildDraft(db, {
    meetingId: meeting.id,
    paragraphs: [
      { id: PARAGRAPH_ONE, label: '1', kind: 'OP', runs: [{ insert: OPENING_TEXT }] },
      { id: PARAGRAPH_TWO, label: '2', kind: 'OP', runs: [{ insert: 'Invites Member States to consider' }] },
    ],
  });
  return { meetingId: meeting.id, draftId, france: france.id, mexico: mexico.id, people };
}
