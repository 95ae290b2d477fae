import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getParagraph, getParagraphRuns, getProposals, paragraphIds } from '@/lib/negotiation/draft-doc';
import { listDraftProposals } from '@/lib/negotiation/proposals';
import { users } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { resolveDraftAccess } from '@/server/drafts/resolve-draft-access';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';
import { getMembership } from '@/server/meetings/get-membership';
import { listMeetingsForUser } from '@/server/meetings/list-meetings-for-user';
import { findUserByEmail } from '@/server/users/find-user-by-email';
import { hashPassword } from '@/server/users/hash-password';
import { verifyPassword } from '@/server/users/verify-password';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './demo-meeting';
import { DEMO_PROPOSAL_ID } from './demo-drafts';
import { seedDemoMeeting } from './seed-demo-meeting';

let database: TestDatabase;

beforeAll(async () => {
  database = await startTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

async function userId(email: string): Promise<string> {
  const user = await findUserByEmail({ db: database.db, email });
  if (!user) throw new Error(`no ${email}`);
  return user.id;
}

describe('seedDemoMeeting', () => {
  it('seeds once, even when two starts race, and does nothing the second time', async () => {
    const [first, second] = await Promise.all([seedDemoMeeting(database.db), seedDemoMeeting(database.db)]);
    const seeded = first.length > 0 ? first : second;
    expect([first.length, second.length].sort()).toEqual([0, DEMO_SIGN_INS.length]);
    expect(seeded.every((signIn) => signIn.password === DEMO_PASSWORD)).toBe(true);
    expect(await seedDemoMeeting(database.db)).toEqual([]);
    expect(await database.db.$count(users)).toBe(DEMO_SIGN_INS.length);
  });

  it('gives every role a sign-in that works', async () => {
    const roles = new Set(DEMO_SIGN_INS.map((signIn) => signIn.role));
    expect([...roles].sort()).toEqual(['chair', 'delegate', 'observer', 'secretariat', 'viewer']);
    const mexico = await findUserByEmail({ db: database.db, email: 'MEXICO@concord.test' });
    expect(mexico && (await verifyPassword(DEMO_PASSWORD, mexico.passwordHash))).toBe(true);
  });

  it('creates the meeting with its agenda, programme, delegations and drafts', async () => {
    const meetings = await listMeetingsForUser({ db: database.db, userId: await userId('mexico@concord.test') });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ role: 'delegate', delegation: { name: 'Mexico', shortName: 'MEX' } });
    const meetingId = meetings[0]!.meeting.id;

    const detail = await getMeetingDetail({ db: database.db, meetingId });
    expect(detail?.meeting).toMatchObject({ agendaSymbol: 'CTOC/COP/WG.4/2022/1', venue: 'Vienna', startsOn: '2022-06-29' });
    expect(detail?.agendaItems.map((item) => item.number)).toEqual(['1', '1(a)', '1(b)', '2', '3', '4', '5', '6']);
    expect(detail?.programme.map((slot) => slot.itemLabels)).toEqual([
      ['1(a)', '1(b)', '2'],
      ['2 (continued)', '3'],
      ['3 (continued)', '4'],
      ['5', '6'],
    ]);
    expect(detail?.delegations.length).toBeGreaterThanOrEqual(12);
    expect(detail?.delegations.filter((delegation) => delegation.kind === 'observer')).toHaveLength(2);
    expect(detail?.drafts.map((draft) => draft.agendaItemNumber)).toEqual(['2', '2', '3']);
    // The third draft was tabled in Chinese; the meeting, its agenda and its delegations have their Chinese words.
    expect(detail?.drafts.filter((draft) => draft.originalLanguage === 'zh').map((draft) => [draft.agendaItemNumber, draft.symbol])).toEqual([['2', 'CTOC/COP/WG.4/2022/CRP.3']]);
    expect(detail?.meeting.translations).toMatchObject({ zh: { body: '联合国打击跨国有组织犯罪公约缔约方会议', subsidiaryBody: '贩运人口问题工作组', venue: '维也纳' } });
    expect(detail?.agendaItems.find((item) => item.number === '2')?.titleTranslations).toHaveProperty('zh');
    expect(detail?.delegations.find((delegation) => delegation.name === 'Mexico')?.nameTranslations).toEqual({ ar: 'المكسيك', zh: '墨西哥', fr: 'Mexique', ru: 'Мексика', es: 'México' });

    const viewer = await getMembership({ db: database.db, userId: await userId('viewer@concord.test'), meetingId });
    expect(viewer).toEqual({ role: 'viewer', delegationId: null });
  });

  it('stores drafts with PP and OP paragraphs, brackets and Mexico’s pending proposal', async () => {
    const mexicoUserId = await userId('mexico@concord.test');
    const [meeting] = await listMeetingsForUser({ db: database.db, userId: mexicoUserId });
    const detail = await getMeetingDetail({ db: database.db, meetingId: meeting!.meeting.id });
    const mexico = detail!.delegations.find((delegation) => delegation.name === 'Mexico')!;
    const first = detail!.drafts[0]!;

    const access = await resolveDraftAccess({ db: database.db, userId: mexicoUserId, draftId: first.id });
    expect(access).toMatchObject({ role: 'delegate', delegationId: mexico.id, meetingId: meeting!.meeting.id });
    expect(access?.knownDelegations).toContain(mexico.id);

    const doc = new Y.Doc();
    Y.applyUpdate(doc, await loadDraftState({ db: database.db, draftId: first.id }));
    const ids = paragraphIds(doc);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    const labels = ids.map((id) => getParagraph(doc, id)?.get('label'));
    expect(labels.slice(0, 2)).toEqual(['PP1', 'PP2']);
    expect(labels).toContain('1');
    const brackets = ids.flatMap((id) => getParagraphRuns(getParagraph(doc, id)!)).filter((run) => run.attributes?.bracket);
    expect(brackets.length).toBeGreaterThan(0);

    const proposals = listDraftProposals(doc);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ id: DEMO_PROPOSAL_ID, kind: 'replace', delegation: mexico.id, author: mexicoUserId });
    expect(proposals[0]?.supporters).toHaveLength(1);
    expect(proposals[0]?.objectors).toHaveLength(1);
    expect(getProposals(doc).get(DEMO_PROPOSAL_ID)?.get('delegation')).toBe(mexico.id);
  });

  it('refuses access to a draft for a user who is not a member', async () => {
    const detail = await listMeetingsForUser({ db: database.db, userId: await userId('chair@concord.test') });
    const meetingDetail = await getMeetingDetail({ db: database.db, meetingId: detail[0]!.meeting.id });
    const draftId = meetingDetail!.drafts[0]!.id;
    expect(await resolveDraftAccess({ db: database.db, userId: '00000000-0000-4000-8000-000000000000', draftId })).toBeNull();
    expect(await resolveDraftAccess({ db: database.db, userId: await userId('chair@concord.test'), draftId: 'nope' })).toBeNull();
  });
});

describe('seedDemoMeeting with the demo password hashed ahead', () => {
  let empty: TestDatabase;

  beforeAll(async () => {
    empty = await startTestDatabase();
  });

  afterAll(async () => {
    await empty?.stop();
  });

  it('gives every demo account that hash, and still seeds only once', async () => {
    const demoPasswordHash = hashPassword(DEMO_PASSWORD);
    expect(await seedDemoMeeting(empty.db, { demoPasswordHash })).toHaveLength(DEMO_SIGN_INS.length);
    const stored = await empty.db.select({ passwordHash: users.passwordHash }).from(users);
    expect(new Set(stored.map((row) => row.passwordHash))).toEqual(new Set([await demoPasswordHash]));
    const chair = await findUserByEmail({ db: empty.db, email: 'chair@concord.test' });
    expect(chair && (await verifyPassword(DEMO_PASSWORD, chair.passwordHash))).toBe(true);

    expect(await seedDemoMeeting(empty.db, { demoPasswordHash: hashPassword(DEMO_PASSWORD) })).toEqual([]);
    expect(await empty.db.$count(users)).toBe(DEMO_SIGN_INS.length);
  });
});
