import { count, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraftState, getOrder, getParagraph, paragraphRawText } from '@/lib/negotiation/draft-doc';
import { draftSnapshots, draftUpdates } from '@/server/db/schema';
import { buildMeeting } from '@/test-support/factories/build-meeting';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { appendDraftUpdate } from './append-draft-update';
import { compactDraft } from './compact-draft';
import { createDraft } from './create-draft';
import { getDraft } from './get-draft';
import { loadDraftState } from './load-draft-state';

let database: TestDatabase;
let meetingId: string;

beforeAll(async () => {
  database = await startTestDatabase();
  meetingId = (await buildMeeting(database.db)).id;
});

afterAll(async () => {
  await database?.stop();
});

const PARAGRAPH = '3b0c1c52-8f0e-4f4e-b0a4-7d3c2a1e0f01';

async function newDraft(): Promise<string> {
  const initialState = buildDraftState([{ id: PARAGRAPH, label: '1', kind: 'OP', runs: [{ insert: 'States parties should consider' }] }]);
  const draft = await createDraft({ db: database.db, meetingId, agendaItemId: null, title: 'Draft', initialState });
  return draft.id;
}

/** A client replica that records each update it produces, as the collab server would receive them. */
async function clientFromDatabase(draftId: string): Promise<{ doc: Y.Doc; updates: Uint8Array[] }> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadDraftState({ db: database.db, draftId }));
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

function paragraphText(doc: Y.Doc): string {
  const paragraph = getParagraph(doc, PARAGRAPH);
  return paragraph ? paragraphRawText(paragraph) : '';
}

function typeWords(doc: Y.Doc, words: string[]): void {
  const text = getParagraph(doc, PARAGRAPH)!.get('text') as Y.XmlFragment;
  const ytext = (text.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  for (const word of words) {
    ytext.insert(ytext.length, ` ${word}`);
    if (word.startsWith('x')) ytext.delete(ytext.length - word.length - 1, word.length + 1);
  }
}

async function appendAll(draftId: string, updates: Uint8Array[], userId: string | null = null): Promise<void> {
  for (const update of updates) await appendDraftUpdate({ db: database.db, draftId, update, userId, delegationId: 'CHAIR' });
}

describe('draft persistence', () => {
  it('creates a draft whose first log row is the initial state, attributed to no one', async () => {
    const draftId = await newDraft();
    const draft = await getDraft({ db: database.db, draftId });
    expect(draft).toMatchObject({ id: draftId, meetingId, originalLanguage: 'en' });
    const rows = await database.db.select().from(draftUpdates).where(eq(draftUpdates.draftId, draftId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: null, delegationId: null });
    expect(await getDraft({ db: database.db, draftId: 'not-a-uuid' })).toBeNull();
  });

  it('loads the same document after many updates and after compaction, keeping the log', async () => {
    const draftId = await newDraft();
    const client = await clientFromDatabase(draftId);
    typeWords(client.doc, Array.from({ length: 300 }, (_, index) => (index % 7 === 0 ? `x${index}` : `w${index}`)));
    await appendAll(draftId, client.updates);
    const expected = paragraphText(client.doc);

    const beforeCompaction = new Y.Doc();
    Y.applyUpdate(beforeCompaction, await loadDraftState({ db: database.db, draftId }));
    expect(paragraphText(beforeCompaction)).toBe(expected);

    const compacted = await compactDraft({ db: database.db, draftId });
    expect(compacted.compactedUpdates).toBe(client.updates.length + 1);
    expect(await compactDraft({ db: database.db, draftId })).toMatchObject({ compactedUpdates: 0 });

    const afterCompaction = new Y.Doc();
    Y.applyUpdate(afterCompaction, await loadDraftState({ db: database.db, draftId }));
    expect(paragraphText(afterCompaction)).toBe(expected);
    expect(getOrder(afterCompaction).toArray()).toEqual([PARAGRAPH]);
    // The log is the attribution history: compaction keeps every row.
    const [logged] = await database.db.select({ rows: count() }).from(draftUpdates).where(eq(draftUpdates.draftId, draftId));
    expect(logged?.rows).toBe(client.updates.length + 1);
  });

  it('loads snapshot plus the updates appended after it', async () => {
    const draftId = await newDraft();
    const client = await clientFromDatabase(draftId);
    typeWords(client.doc, ['to', 'adopt']);
    await appendAll(draftId, client.updates.splice(0));
    await compactDraft({ db: database.db, draftId });

    typeWords(client.doc, ['measures', 'xdrop', 'promptly']);
    await appendAll(draftId, client.updates.splice(0));
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, await loadDraftState({ db: database.db, draftId }));
    expect(paragraphText(loaded)).toBe('States parties should consider to adopt measures promptly');

    const [snapshot] = await database.db.select().from(draftSnapshots).where(eq(draftSnapshots.draftId, draftId));
    const second = await compactDraft({ db: database.db, draftId });
    expect(second.throughUpdateId).toBeGreaterThan(snapshot!.throughUpdateId);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, await loadDraftState({ db: database.db, draftId }));
    expect(paragraphText(reloaded)).toBe('States parties should consider to adopt measures promptly');
  });

  it('a concurrent append during compaction is never lost', async () => {
    const draftId = await newDraft();
    const client = await clientFromDatabase(draftId);
    typeWords(client.doc, Array.from({ length: 40 }, (_, index) => `w${index}`));
    const updates = client.updates.splice(0);
    await Promise.all([appendAll(draftId, updates), compactDraft({ db: database.db, draftId }), compactDraft({ db: database.db, draftId })]);
    await compactDraft({ db: database.db, draftId });
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, await loadDraftState({ db: database.db, draftId }));
    expect(paragraphText(loaded)).toBe(paragraphText(client.doc));
  });
});
