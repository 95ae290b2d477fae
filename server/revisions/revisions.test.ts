import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCommand } from '@/lib/negotiation/commands';
import type { Command } from '@/lib/negotiation/commands/schema';
import { listAuditEvents } from '@/server/audit/list-audit-events';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { PARAGRAPHS, MEXICO_PROPOSAL, seedCommentMeeting, type CommentMeeting } from '@/test-support/comments/seed-comment-meeting';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { appendDraftUpdate } from '@/server/drafts/append-draft-update';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { AppError } from '@/server/http/app-error';
import { listDraftHistory } from '@/server/history/list-draft-history';
import { compareDraftVersions } from './compare-draft-versions';
import { getRevision } from './get-revision';
import { listRevisions } from './list-revisions';
import { takeRevision } from './take-revision';

let database: TestDatabase;
let meeting: CommentMeeting;

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCommentMeeting(database.db);
});

afterAll(async () => {
  await database?.stop();
});

const take = (who: 'chair' | 'secretariat' | 'mexico', input: { name?: string; note?: string } = {}) => {
  const person = meeting.people[who];
  return takeRevision({ db: database.db, access: person.access, user: { id: person.userId, name: person.name }, input });
};

/** What the collaboration server does with a chair's command: apply, append the update, audit. */
async function chairCommand(command: Command): Promise<void> {
  const { doc } = await loadDraftDoc({ db: database.db, draftId: meeting.draftId });
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const chair = meeting.people.chair;
  const outcome = applyCommand(doc, { userId: chair.userId, role: 'chair', delegationId: null }, command, {
    now: new Date(),
    newId: () => crypto.randomUUID(),
    knownDelegations: new Set(chair.access.knownDelegations),
  });
  if (!outcome.ok) throw new Error(outcome.error);
  for (const update of updates) {
    await appendDraftUpdate({ db: database.db, draftId: meeting.draftId, update, userId: chair.userId, delegationId: 'CHAIR' });
  }
  for (const entry of outcome.audit) {
    await recordAuditEvent({
      db: database.db,
      event: { ...entry, meetingId: meeting.meetingId, draftId: meeting.draftId, userId: chair.userId, delegationId: entry.delegationId ?? 'CHAIR' },
    });
  }
  doc.destroy();
}

describe('revisions', () => {
  it('Rev.1, an accepted proposal, Rev.2: the compare shows exactly that change', async () => {
    const rev1 = await take('chair', { note: 'Before the afternoon session' });
    expect(rev1.name).toBe('Rev.1');
    expect(rev1.note).toBe('Before the afternoon session');

    await chairCommand({ type: 'acceptProposal', paragraphId: PARAGRAPHS.three, proposalId: MEXICO_PROPOSAL });
    const rev2 = await take('secretariat');
    expect(rev2.name).toBe('Rev.2');

    const result = await compareDraftVersions({ db: database.db, draftId: meeting.draftId, meetingId: meeting.meetingId, from: rev1.id, to: rev2.id });
    expect(result.from.name).toBe('Rev.1');
    expect(result.to.name).toBe('Rev.2');
    expect(result.comparison.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 1, unchanged: 2 });
    const changed = result.comparison.paragraphs.find((paragraph) => paragraph.change === 'changed');
    expect(changed?.id).toBe(PARAGRAPHS.three);
    expect(changed?.diff).toEqual([
      { kind: 'same', text: 'Recommends that States ' },
      { kind: 'deleted', text: '[' },
      { kind: 'same', text: 'hereby' },
      { kind: 'deleted', text: '] (Mexico)' },
      { kind: 'same', text: ' adopt measures to identify victims.' },
    ]);

    const againstCurrent = await compareDraftVersions({ db: database.db, draftId: meeting.draftId, meetingId: meeting.meetingId, from: rev2.id, to: 'current' });
    expect(againstCurrent.comparison.counts.unchanged).toBe(3);
  });

  it('stores the complete state, listed without it and read back with it', async () => {
    const revisions = await listRevisions({ db: database.db, draftId: meeting.draftId });
    expect(revisions.map((revision) => revision.name)).toEqual(['Rev.1', 'Rev.2']);
    expect(revisions[0]?.createdBy.name).toBe('Chair of the Working Group');
    expect(revisions[0]).not.toHaveProperty('state');
    const first = await getRevision({ db: database.db, draftId: meeting.draftId, revisionId: revisions[0]!.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first!.state);
    expect(doc.getArray('order').toArray()).toEqual([PARAGRAPHS.one, PARAGRAPHS.two, PARAGRAPHS.three]);
    expect(await getRevision({ db: database.db, draftId: meeting.draftId, revisionId: 'not-a-uuid' })).toBeNull();
  });

  it('is for the chair and the secretariat only, under a name not taken yet', async () => {
    const delegate = await take('mexico').catch((error: unknown) => error);
    expect(delegate).toBeInstanceOf(AppError);
    expect((delegate as AppError).code).toBe('forbidden');
    const duplicate = await take('chair', { name: 'Rev.1' }).catch((error: unknown) => error);
    expect((duplicate as AppError).code).toBe('conflict');
    expect((duplicate as AppError).userMessage).toMatch(/already has a revision named "Rev.1"/);
    const named = await take('chair', { name: '  After   informals ' });
    expect(named.name).toBe('After informals');
    const events = await listAuditEvents({ db: database.db, draftId: meeting.draftId });
    expect(events.filter((event) => event.action === 'revision').map((event) => event.details.name)).toEqual([
      'Rev.1',
      'Rev.2',
      'After informals',
    ]);
  });
});

describe('history', () => {
  it('lists who did what to which paragraph, newest first, filterable by paragraph and delegation', async () => {
    const history = await listDraftHistory({ db: database.db, draftId: meeting.draftId, meetingId: meeting.meetingId });
    expect(history[0]?.summary).toBe('Took revision After informals');
    const accepted = history.find((entry) => entry.action === 'acceptProposal');
    expect(accepted).toMatchObject({
      summary: 'Accepted the proposal to insert “hereby”',
      user: { name: 'Chair of the Working Group' },
      delegation: { id: meeting.delegations.mexico, name: 'Mexico' },
      paragraph: { id: PARAGRAPHS.three, label: '3' },
    });
    const paragraph = await listDraftHistory({ db: database.db, draftId: meeting.draftId, meetingId: meeting.meetingId, paragraphId: PARAGRAPHS.three });
    expect(paragraph.map((entry) => entry.action)).toEqual(['acceptProposal']);
    const mexico = await listDraftHistory({ db: database.db, draftId: meeting.draftId, meetingId: meeting.meetingId, delegationId: meeting.delegations.mexico });
    expect(mexico.every((entry) => entry.delegation?.name === 'Mexico')).toBe(true);
  });
});
