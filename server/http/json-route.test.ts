import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { seedCommentMeeting, type CommentMeeting, type PersonKey } from '@/test-support/comments/seed-comment-meeting';
import { createDb, setDb, type DbHandle } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { AppError } from './app-error';
import { fileRoute } from './file-route';
import { jsonRoute } from './json-route';
import { closedPort } from '@/test-support/http/closed-port';
import { signInAs } from '@/test-support/http/fake-session';
import { apiRequest, routeParams, useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { DATABASE_AWAY, toAppError } from './to-app-error';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));

let database: TestDatabase;
let handle: DbHandle;
let meeting: CommentMeeting;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  meeting = await seedCommentMeeting(database.db);
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

function as(person: PersonKey | null): void {
  if (person === null) return signInAs(null);
  const who = meeting.people[person];
  signInAs({ id: who.userId, name: who.name, email: `${person}@example.org` });
}

interface Answer {
  status: number;
  code?: string;
  message?: string;
  key?: string;
  params?: Record<string, unknown>;
  body: unknown;
}

async function answer(response: Response): Promise<Answer> {
  const body = (await response.json()) as { error?: { code: string; message: string; key?: string; params?: Record<string, unknown> } };
  return { status: response.status, code: body.error?.code, message: body.error?.message, key: body.error?.key, params: body.error?.params, body };
}

const nameInput = z.object({ name: z.string().min(1, 'Give the revision a name.') });

const readDraft = jsonRoute<{ draftId: string }>({ draft: 'read' }, async ({ access, actor }) => ({ draftId: access.draft.id, role: actor.role }));
const parseName = jsonRoute<{ draftId: string }>({ draft: 'read' }, async ({ request }) => nameInput.parse(await request.json()));
const setUp = jsonRoute<{ meetingId: string }>({ meeting: 'setupMeeting' }, async ({ membership }) => ({ role: membership.role }));
const download = fileRoute<{ draftId: string }>({ draft: 'export' }, async () => ({ body: new TextEncoder().encode('CRP'), filename: 'CRP.1 é.txt', contentType: 'text/plain' }));

const draftParams = () => routeParams({ draftId: meeting.draftId });

describe('jsonRoute and fileRoute', () => {
  it('answer 401 with a sentence without a session', async () => {
    as(null);
    const refused = await answer(await readDraft(apiRequest('/api/drafts/x'), draftParams()));
    expect(refused).toMatchObject({ status: 401, code: 'unauthorized', message: expect.stringMatching(/^Sign in first/), key: 'server.http.signInApi', params: {} });
    expect((await download(apiRequest('/api/drafts/x/export/clean.txt'), draftParams())).status).toBe(401);
  });

  it('answer 404 to someone outside the meeting, and pass members their access', async () => {
    as('mexico');
    expect(await answer(await readDraft(apiRequest('/api/drafts/x'), routeParams({ draftId: '00000000-0000-4000-8000-000000000000' })))).toMatchObject({ status: 404, code: 'not_found' });
    expect((await answer(await readDraft(apiRequest('/api/drafts/x'), draftParams()))).body).toEqual({ draftId: meeting.draftId, role: 'delegate' });
  });

  it('answer 403 with a sentence when the policy refuses the permission the route declares', async () => {
    as('mexico');
    expect(await answer(await setUp(apiRequest('/api/meetings/x'), routeParams({ meetingId: meeting.meetingId })))).toMatchObject({
      status: 403,
      message: 'Only the secretariat can set up the meeting.',
      key: 'server.http.refused.setupMeeting',
    });
    as('viewer');
    expect(await answer(await download(apiRequest('/api/drafts/x/export/clean.txt'), draftParams()))).toMatchObject({
      status: 403,
      message: 'Viewers can read the draft but not export it.',
    });
    as('secretariat');
    expect((await answer(await setUp(apiRequest('/api/meetings/x'), routeParams({ meetingId: meeting.meetingId })))).body).toEqual({ role: 'secretariat' });
  });

  it('send a file as an attachment no cache keeps', async () => {
    as('mexico');
    const response = await download(apiRequest('/api/drafts/x/export/clean.txt'), draftParams());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="CRP.1 _.txt"; filename*=UTF-8''CRP.1%20%C3%A9.txt`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toBe('CRP');
  });

  it('answer 400 naming the field when the input is refused', async () => {
    as('mexico');
    const refused = await answer(await parseName(apiRequest('/api/drafts/x', { method: 'POST', body: { name: 3 } }), draftParams()));
    expect(refused).toMatchObject({ status: 400, code: 'bad_request', message: expect.stringMatching(/^name: /), key: 'server.http.invalidField' });
    expect(refused.params).toMatchObject({ field: 'name' });
    const empty = await answer(await parseName(apiRequest('/api/drafts/x', { method: 'POST', body: { name: '' } }), draftParams()));
    expect(empty).toMatchObject({ status: 400, message: 'Give the revision a name.' });
  });

  it('answer 503 with a sentence while the database does not answer', async () => {
    as('mexico');
    // A port nothing listens on: the driver's connection is refused, and drizzle wraps that error.
    const port = await closedPort();
    const away = createDb(`postgres://concord:concord@127.0.0.1:${port}/concord`, { max: 1 });
    setDb(away);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const response of [await readDraft(apiRequest('/api/drafts/x'), draftParams()), await download(apiRequest('/api/drafts/x/export/clean.txt'), draftParams())]) {
        expect(await answer(response)).toMatchObject({ status: 503, code: 'unavailable', message: DATABASE_AWAY, key: 'server.http.databaseAway' });
      }
    } finally {
      errors.mockRestore();
      setDb(handle);
      await away.close();
    }
    expect((await readDraft(apiRequest('/api/drafts/x'), draftParams())).status).toBe(200);
  });
});

describe('toAppError', () => {
  it('reads the cause chain for a database that refused the connection', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('Failed query: select 1', { cause: refused });
    expect(toAppError(wrapped)).toMatchObject({ code: 'unavailable', status: 503 });
  });

  it('keeps an AppError, and hides anything else behind a 500 that is logged', () => {
    const own = new AppError('conflict', 'This comment was withdrawn.');
    expect(toAppError(own)).toBe(own);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(toAppError(new TypeError('x is undefined'))).toMatchObject({ status: 500, userMessage: 'Something went wrong on the server. Nothing was changed.' });
      expect(errors).toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
