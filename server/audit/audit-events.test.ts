import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { buildMeeting } from '@/test-support/factories/build-meeting';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { createDraft } from '@/server/drafts/create-draft';
import { listAuditEvents } from './list-audit-events';
import { recordAuditEvent } from './record-audit-event';

let database: TestDatabase;
let meetingId: string;
let draftId: string;

beforeAll(async () => {
  database = await startTestDatabase();
  meetingId = (await buildMeeting(database.db)).id;
  const draft = await createDraft({ db: database.db, meetingId, agendaItemId: null, title: 'Draft', initialState: buildDraftState([]) });
  draftId = draft.id;
});

afterAll(async () => {
  await database?.stop();
});

describe('audit events', () => {
  it('lists a draft’s events in order, filtered by paragraph or delegation', async () => {
    const mexico = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    await recordAuditEvent({ db: database.db, event: { meetingId, draftId, paragraphId: 'p1', delegationId: mexico, action: 'proposal.support', proposalId: 'x' } });
    await recordAuditEvent({ db: database.db, event: { meetingId, draftId, paragraphId: 'p2', delegationId: 'CHAIR', action: 'proposal.accept', details: { supporters: [mexico] } } });
    await recordAuditEvent({ db: database.db, event: { meetingId, draftId, paragraphId: 'p1', action: 'paragraph.status', details: { from: 'open', to: 'agreed' } } });

    const all = await listAuditEvents({ db: database.db, draftId });
    expect(all.map((event) => event.action)).toEqual(['proposal.support', 'proposal.accept', 'paragraph.status']);
    expect(all[1]?.details).toEqual({ supporters: [mexico] });
    expect(all[0]?.details).toEqual({});
    expect(all[0]?.at).toBeInstanceOf(Date);

    const paragraph = await listAuditEvents({ db: database.db, draftId, paragraphId: 'p1' });
    expect(paragraph.map((event) => event.action)).toEqual(['proposal.support', 'paragraph.status']);
    const chair = await listAuditEvents({ db: database.db, draftId, delegationId: 'CHAIR' });
    expect(chair.map((event) => event.action)).toEqual(['proposal.accept']);
  });

  it('gives the latest events first when asked, so a limited page never misses the newest', async () => {
    const newest = await listAuditEvents({ db: database.db, draftId, limit: 2, order: 'desc' });
    expect(newest.map((event) => event.action)).toEqual(['paragraph.status', 'proposal.accept']);
  });
});
