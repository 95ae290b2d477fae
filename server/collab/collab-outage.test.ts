import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftStore } from './draft-store';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { PARAGRAPH_ONE, PARAGRAPH_TWO } from '@/test-support/collab/seed-collab-meeting';
import { waitFor } from '@/test-support/collab/wait-for';
import { useCollabScene } from '@/test-support/collab/use-collab-scene';

/** While true, the store behaves as a database that cannot be reached. */
let databaseAway = false;
/** Appends that fail as one whose connection was cut under it, the database itself answering. */
let cutAppends = 0;

function unreachable(): Promise<never> {
  return Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
}

/** The real store, except that while `databaseAway` every call fails as an unreachable database's would. */
function breakable(store: DraftStore): DraftStore {
  return {
    load: (draftId) => (databaseAway ? unreachable() : store.load(draftId)),
    append: (entry) => {
      if (cutAppends > 0) {
        cutAppends--;
        return Promise.reject(new Error('Connection terminated unexpectedly'));
      }
      return databaseAway ? unreachable() : store.append(entry);
    },
    compact: (draftId) => (databaseAway ? unreachable() : store.compact(draftId)),
    ping: () => (databaseAway ? unreachable() : (store.ping?.() ?? Promise.resolve())),
    ...(store.loadIdentities ? { loadIdentities: store.loadIdentities } : {}),
  };
}

const scene = useCollabScene({ server: { wrapStore: breakable, probeMs: 50 }, errorsExpected: true });

afterEach(() => {
  databaseAway = false;
  cutAppends = 0;
});

describe('collaboration server: the database away for a while', () => {
  it('pauses saving, keeps what everyone typed in their pages, and stores all of it once the database is back', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    const mark = { insertion: { proposal: randomUUID(), delegation: scene.meeting.france, author: scene.meeting.people.frenchDelegate.userId, at: new Date().toISOString() } };

    // The database drops every connection it had, then cannot be reached at all.
    await scene.database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
    databaseAway = true;
    typeInto(chair.doc, PARAGRAPH_ONE, 0, 'First outage words. ');
    await waitFor(() => chair.pauses[0] === true && france.pauses[0] === true, 'everyone is told that saving paused');
    typeInto(france.doc, PARAGRAPH_TWO, 0, 'French proposal typed in the outage. ', mark);
    typeInto(chair.doc, PARAGRAPH_ONE, 0, 'Second outage words. ');
    await waitFor(() => scene.server.collab.stats().savingPauses > 0, 'the room paused');
    // Someone joining meanwhile is told at once.
    const viewer = await scene.connect(scene.meeting.people.viewer);
    await waitFor(() => viewer.pauses[0] === true, 'a newcomer is told that saving is paused');

    databaseAway = false;
    await waitFor(() => [chair, france, viewer].every((client) => client.pauses.at(-1) === false), 'everyone is told that saving resumed');
    const expectedOne = 'Second outage words. First outage words. ';
    const expectedTwo = 'French proposal typed in the outage. ';
    await waitFor(async () => {
      const stored = await storedDraft(scene.database.db, scene.meeting.draftId);
      return paragraphText(stored, PARAGRAPH_ONE).startsWith(expectedOne) && paragraphText(stored, PARAGRAPH_TWO).startsWith(expectedTwo);
    }, 'every word typed in the outage is stored');
    await waitFor(() => paragraphText(france.doc, PARAGRAPH_ONE).startsWith(expectedOne), "france sees the chair's words");
    await waitFor(() => paragraphText(chair.doc, PARAGRAPH_TWO).startsWith(expectedTwo), "the chair sees france's words");
    // Nothing was refused and nobody had to reload.
    expect([...chair.refusals, ...france.refusals]).toEqual([]);
    expect([...chair.closeCodes, ...france.closeCodes]).toEqual([]);
    expect(scene.server.errors.length).toBeGreaterThan(0);
    expect(scene.server.errors.every((message) => /could not store an update/.test(message))).toBe(true);
    scene.server.errors.splice(0);
  });

  it('stores, without pausing or refusing, an update whose connection was cut while the database still answers', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const pauses = scene.server.collab.stats().savingPauses;
    cutAppends = 1;
    typeInto(chair.doc, PARAGRAPH_TWO, 0, 'Cut once. ');
    await waitFor(async () => paragraphText(await storedDraft(scene.database.db, scene.meeting.draftId), PARAGRAPH_TWO).startsWith('Cut once. '), 'stored on the second try');
    expect(cutAppends).toBe(0);
    expect(scene.server.collab.stats().savingPauses).toBe(pauses);
    expect([chair.refusals, chair.closeCodes, chair.pauses]).toEqual([[], [], []]);
    expect(scene.server.errors.splice(0)).toEqual([expect.stringMatching(/could not store an update/)]);
  });

  it('answers a command sent while saving is paused with a sentence, changing nothing', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    databaseAway = true;
    typeInto(chair.doc, PARAGRAPH_ONE, 0, 'Pausing words. ');
    await waitFor(() => chair.pauses[0] === true, 'saving paused');
    chair.sendCommand({ type: 'setStatus', id: 'while-paused', paragraphId: PARAGRAPH_TWO, status: 'parked' });
    await waitFor(() => chair.replies.length > 0, 'a reply');
    expect(chair.replies[0]).toMatchObject({ id: 'while-paused', ok: false });
    expect(chair.replies[0]?.error).toMatch(/saving is paused/i);
    databaseAway = false;
    await waitFor(async () => paragraphText(await storedDraft(scene.database.db, scene.meeting.draftId), PARAGRAPH_ONE).startsWith('Pausing words. '), 'stored after');
    expect(chair.closeCodes).toEqual([]);
    scene.server.errors.splice(0);
  });
});
