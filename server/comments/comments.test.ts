import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { readJsonBody } from '@/lib/collab/messages';
import { MESSAGE } from '@/lib/collab/protocol';
import { registerCollabHooks } from '@/server/collab/process-hooks';
import { listAuditEvents } from '@/server/audit/list-audit-events';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { AppError } from '@/server/http/app-error';
import { countCommentsByParagraph } from './count-comments-by-paragraph';
import { createComment, type NewCommentRequest } from './create-comment';
import { editComment } from './edit-comment';
import { listDraftComments } from './list-draft-comments';
import { PARAGRAPHS, seedCommentMeeting, type CommentMeeting, type PersonKey } from '@/test-support/comments/seed-comment-meeting';
import { withdrawComment } from './withdraw-comment';

let database: TestDatabase;
let meeting: CommentMeeting;

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCommentMeeting(database.db);
});

afterAll(async () => {
  await database?.stop();
});

let removeHooks: (() => void) | undefined;

afterEach(() => {
  removeHooks?.();
  removeHooks = undefined;
});

const comment = (who: PersonKey, input: NewCommentRequest) => {
  const person = meeting.people[who];
  return createComment({ db: database.db, access: person.access, userId: person.userId, input });
};
const edit = (who: PersonKey, commentId: string, body: string) => {
  const person = meeting.people[who];
  return editComment({ db: database.db, access: person.access, userId: person.userId, commentId, body });
};
const withdraw = (who: PersonKey, commentId: string) => {
  const person = meeting.people[who];
  return withdrawComment({ db: database.db, access: person.access, userId: person.userId, commentId });
};
const read = async (who: PersonKey, commentId: string) => {
  const [view] = await listDraftComments({ db: database.db, draftId: meeting.draftId, readerRole: meeting.people[who].access.role, commentId });
  if (!view) throw new Error('comment not found');
  return view;
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('making comments', () => {
  it('records a delegate’s comment on paragraph 3 for their delegation, with an audit event', async () => {
    const created = await comment('mexico', {
      body: 'Mexico prefers “should” here.',
      paragraphId: PARAGRAPHS.three,
      quote: 'hereby',
    });
    const view = await read('canada', created.id);
    expect(view).toMatchObject({
      paragraphId: PARAGRAPHS.three,
      delegation: { id: meeting.delegations.mexico, name: 'Mexico' },
      author: { id: meeting.people.mexico.userId, name: 'Delegate of Mexico' },
      body: 'Mexico prefers “should” here.',
      quote: 'hereby',
      edited: false,
      withdrawn: null,
    });
    expect(view.versions).toHaveLength(1);
    const events = await listAuditEvents({ db: database.db, draftId: meeting.draftId, paragraphId: PARAGRAPHS.three });
    expect(events.at(-1)).toMatchObject({ action: 'comment', userId: meeting.people.mexico.userId, delegationId: meeting.delegations.mexico });
    expect(events.at(-1)?.details).toMatchObject({ commentId: created.id });
  });

  it('lets an observer comment for their own organization, and the chair as Chair', async () => {
    const observed = await comment('observer', { body: 'IOM offers technical assistance.', paragraphId: PARAGRAPHS.two });
    const chaired = await comment('chair', { body: 'Let us take this in informals.', paragraphId: PARAGRAPHS.two });
    expect((await read('mexico', observed.id)).delegation.name).toBe('International Organization for Migration');
    expect((await read('mexico', chaired.id)).delegation).toEqual({ id: 'CHAIR', name: 'Chair', said: { key: 'server.revisions.chair', params: {} } });
  });

  it('lets the secretariat record a comment on behalf of a delegation, and only with one', async () => {
    const created = await comment('secretariat', {
      body: 'Statement received by email.',
      paragraphId: PARAGRAPHS.one,
      onBehalfOf: meeting.delegations.canada,
    });
    const view = await read('canada', created.id);
    expect(view.delegation.name).toBe('Canada');
    expect(view.author.name).toBe('Secretariat Officer');
    const missing = await refusal(comment('secretariat', { body: 'No delegation', paragraphId: PARAGRAPHS.one }));
    expect(missing.code).toBe('bad_request');
    expect(missing.userMessage).toMatch(/on behalf of/);
    const unknown = await refusal(comment('secretariat', { body: 'x', onBehalfOf: 'CHAIR' }));
    expect(unknown.code).toBe('bad_request');
  });

  it('refuses a viewer, and a delegate speaking for another delegation', async () => {
    const viewer = await refusal(comment('viewer', { body: 'I would like to comment', paragraphId: PARAGRAPHS.one }));
    expect(viewer.code).toBe('forbidden');
    const impostor = await refusal(
      comment('mexico', { body: 'Canada agrees', paragraphId: PARAGRAPHS.one, onBehalfOf: meeting.delegations.canada }),
    );
    expect(impostor.code).toBe('forbidden');
    expect(impostor.userMessage).toMatch(/your own delegation/);
    const views = await listDraftComments({ db: database.db, draftId: meeting.draftId, readerRole: 'viewer' });
    expect(views.map((view) => view.body)).not.toContain('Canada agrees');
  });

  it('refuses empty, oversized and markup comments with a clear message, and strips control characters', async () => {
    expect((await refusal(comment('mexico', { body: '   \n ' }))).userMessage).toMatch(/empty/);
    expect((await refusal(comment('mexico', { body: 'x'.repeat(10_001) }))).userMessage).toMatch(/too long: at most 10,000/);
    expect((await refusal(comment('mexico', { body: 'Look <script>alert(1)</script>' }))).userMessage).toMatch(/plain text/);
    expect((await refusal(comment('mexico', { body: '<img src=x onerror=alert(1)>' }))).code).toBe('bad_request');
    // Each refusal is a sentence of the catalogue, so the comment form words it in its reader's language.
    expect((await refusal(comment('mexico', { body: ' ' }))).sentence).toEqual({ key: 'server.comments.empty', params: {} });
    expect((await refusal(comment('mexico', { body: 'x'.repeat(10_001) }))).sentence).toEqual({ key: 'server.comments.tooLong', params: { max: 10_000 } });
    expect((await refusal(comment('mexico', { body: '<b>x</b>' }))).sentence?.key).toBe('server.comments.markup');
    expect((await refusal(comment('mexico', { body: 'ok', quote: 'q'.repeat(2_001) }))).sentence).toEqual({ key: 'server.comments.quoteTooLong', params: { max: 2_000 } });
    const created = await comment('mexico', { body: 'a < b and c > d\u0000\u0007 ok\r\nsecond line' });
    expect((await read('mexico', created.id)).body).toBe('a < b and c > d ok\nsecond line');
    const accepted = await comment('mexico', { body: 'x'.repeat(10_000) });
    expect((await read('mexico', accepted.id)).body).toHaveLength(10_000);
  });

  it('refuses a comment on a paragraph that is not in the draft', async () => {
    const error = await refusal(comment('mexico', { body: 'Where is this?', paragraphId: 'no-such-paragraph' }));
    expect(error.code).toBe('not_found');
    expect(error.userMessage).toBe('That paragraph does not exist in this draft; it may have been removed.');
    // The comment form words it in the reader's language from the key.
    expect(error.sentence).toEqual({ key: 'server.comments.noSuchParagraph', params: {} });
  });

  it('threads a reply under the comment it answers, in that comment’s paragraph', async () => {
    const first = await comment('mexico', { body: 'We propose to delete “hereby”.', paragraphId: PARAGRAPHS.three });
    const reply = await comment('canada', { body: 'Canada supports Mexico.', replyTo: first.id });
    const view = await read('mexico', reply.id);
    expect(view.replyToId).toBe(first.id);
    expect(view.paragraphId).toBe(PARAGRAPHS.three);
    const elsewhere = await refusal(comment('canada', { body: 'x', replyTo: first.id, paragraphId: PARAGRAPHS.one }));
    expect(elsewhere.code).toBe('bad_request');
  });
});

describe('editing and withdrawing', () => {
  it('keeps every earlier version when the author edits, and adds none for an unchanged text', async () => {
    const created = await comment('mexico', { body: 'First thoughts.', paragraphId: PARAGRAPHS.three });
    expect(await edit('mexico', created.id, 'Second thoughts.')).toEqual({ changed: true });
    expect(await edit('mexico', created.id, '  Second thoughts. ')).toEqual({ changed: false });
    await edit('mexico', created.id, 'Final position.');
    const view = await read('canada', created.id);
    expect(view.body).toBe('Final position.');
    expect(view.edited).toBe(true);
    expect(view.versions.map((version) => version.body)).toEqual(['First thoughts.', 'Second thoughts.', 'Final position.']);
    const edits = await listAuditEvents({ db: database.db, draftId: meeting.draftId });
    expect(edits.filter((event) => event.action === 'comment_edit' && event.details.commentId === created.id)).toHaveLength(2);
  });

  it('lets only the author or the secretariat edit or withdraw', async () => {
    const created = await comment('mexico', { body: 'Mexico’s view.', paragraphId: PARAGRAPHS.one });
    expect((await refusal(edit('canada', created.id, 'Rewritten by Canada'))).code).toBe('forbidden');
    expect((await refusal(withdraw('chair', created.id))).code).toBe('forbidden');
    expect((await refusal(edit('viewer', created.id, 'Rewritten'))).code).toBe('forbidden');
    expect((await refusal(edit('mexico', created.id, ''))).code).toBe('bad_request');
    await edit('secretariat', created.id, 'Mexico’s view, as corrected by email.');
    const view = await read('mexico', created.id);
    expect(view.versions.at(-1)?.editedBy.name).toBe('Secretariat Officer');
  });

  it('shows a withdrawn comment as withdrawn to the room and keeps its text for the secretariat', async () => {
    const created = await comment('mexico', { body: 'Mexico withdraws this later.', paragraphId: PARAGRAPHS.two });
    await withdraw('mexico', created.id);
    const seenByCanada = await read('canada', created.id);
    expect(seenByCanada.withdrawn?.by.name).toBe('Delegate of Mexico');
    expect(seenByCanada.delegation.name).toBe('Mexico');
    expect(seenByCanada.body).toBeNull();
    expect(seenByCanada.versions).toEqual([]);
    const seenBySecretariat = await read('secretariat', created.id);
    expect(seenBySecretariat.body).toBe('Mexico withdraws this later.');
    expect(seenBySecretariat.withdrawn).not.toBeNull();
    expect((await refusal(edit('mexico', created.id, 'again'))).code).toBe('conflict');
    expect((await refusal(withdraw('mexico', created.id))).code).toBe('conflict');
    expect((await refusal(comment('canada', { body: 'reply', replyTo: created.id }))).code).toBe('conflict');
    const events = await listAuditEvents({ db: database.db, draftId: meeting.draftId, paragraphId: PARAGRAPHS.two });
    expect(events.at(-1)).toMatchObject({ action: 'comment_withdraw', delegationId: meeting.delegations.mexico });
  });
});

describe('reading comments', () => {
  it('filters by paragraph, the general thread and delegation, and counts live comments per thread', async () => {
    // A meeting of its own, so that the counts depend on nothing another test wrote.
    const own = await seedCommentMeeting(database.db);
    const write = (who: PersonKey, input: NewCommentRequest) =>
      createComment({ db: database.db, access: own.people[who].access, userId: own.people[who].userId, input });
    const general = await write('canada', { body: 'Canada thanks the secretariat for the draft.' });
    const onThree = await write('mexico', { body: 'Mexico prefers “should” here.', paragraphId: PARAGRAPHS.three, quote: 'hereby' });
    await write('canada', { body: 'Canada cannot accept “hereby”.', paragraphId: PARAGRAPHS.three });
    const withdrawn = await write('mexico', { body: 'A comment Mexico takes back.', paragraphId: PARAGRAPHS.three });
    await withdrawComment({ db: database.db, access: own.people.mexico.access, userId: own.people.mexico.userId, commentId: withdrawn.id });
    await write('canada', { body: 'Canada supports this paragraph.', paragraphId: PARAGRAPHS.one });
    const list = (filter: { paragraphId?: string | null; delegationId?: string }) =>
      listDraftComments({ db: database.db, draftId: own.draftId, readerRole: 'secretariat', ...filter });

    const onParagraphThree = await list({ paragraphId: PARAGRAPHS.three });
    expect(onParagraphThree.map((view) => view.id)).toEqual(expect.arrayContaining([onThree.id, withdrawn.id]));
    expect(onParagraphThree).toHaveLength(3);
    expect((await list({ paragraphId: null })).map((view) => view.id)).toEqual([general.id]);
    const canada = await list({ delegationId: own.delegations.canada });
    expect(canada).toHaveLength(3);
    expect(canada.every((view) => view.delegation.name === 'Canada')).toBe(true);

    const counts = await countCommentsByParagraph({ db: database.db, draftId: own.draftId });
    expect(counts.general).toBe(1);
    expect(counts.paragraphs[PARAGRAPHS.three]).toBe(2);
    expect(counts.paragraphs[PARAGRAPHS.one]).toBe(1);
    expect(counts.paragraphs[PARAGRAPHS.two] ?? 0).toBe(0);
  });

  it('tells the room through the collaboration server after each change', async () => {
    const sent: Array<[string, number, unknown]> = [];
    // Stands in for the collaboration server through the hooks the custom server installs.
    removeHooks = registerCollabHooks({
      refreshAccess: () => Promise.resolve(),
      notifyDraft: (draftId, message) => {
        const decoder = decoding.createDecoder(message);
        const type = decoding.readVarUint(decoder);
        sent.push([draftId, type, readJsonBody(decoder)]);
      },
    });
    const created = await comment('mexico', { body: 'Live?', paragraphId: PARAGRAPHS.one });
    await edit('mexico', created.id, 'Live!');
    await withdraw('mexico', created.id);
    const payload = { draftId: meeting.draftId, paragraphId: PARAGRAPHS.one };
    expect(sent).toEqual([
      [meeting.draftId, MESSAGE.commentsChanged, payload],
      [meeting.draftId, MESSAGE.commentsChanged, payload],
      [meeting.draftId, MESSAGE.commentsChanged, payload],
    ]);
    await refusal(comment('viewer', { body: 'refused', paragraphId: PARAGRAPHS.one }));
    expect(sent).toHaveLength(3);
  });
});
