import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as collabToken } from '@/app/api/collab-token/route';
import { PATCH as editComment } from '@/app/api/drafts/[draftId]/comments/[commentId]/route';
import { POST as postComment } from '@/app/api/drafts/[draftId]/comments/route';
import { POST as takeRevision } from '@/app/api/drafts/[draftId]/revisions/route';
import { POST as createDraft } from '@/app/api/meetings/[meetingId]/setup/drafts/route';
import { POST as previewDraft } from '@/app/api/meetings/[meetingId]/setup/drafts/preview/route';
import { POST as restore } from '@/app/api/meetings/restore/route';
import { seedCommentMeeting, type CommentMeeting } from '@/test-support/comments/seed-comment-meeting';
import type { DbHandle } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { signInAs } from '@/test-support/http/fake-session';
import { apiRequest, routeParams, TEST_ORIGIN, useDatabaseForRoutes, type ApiRequestOptions } from '@/test-support/http/route-test-kit';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));

const PARTNER = 'https://partner.example.org';
let database: TestDatabase;
let handle: DbHandle;
let meeting: CommentMeeting;

beforeAll(async () => {
  // Read once by getConfig, on the first request.
  process.env.ALLOWED_ORIGINS = PARTNER;
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  meeting = await seedCommentMeeting(database.db);
  const secretariat = meeting.people.secretariat;
  signInAs({ id: secretariat.userId, name: secretariat.name, email: 'secretariat@example.org' });
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

/** Every state-changing route handler in app/api (next-auth's own excepted), with what it reads. */
const ROUTES: { file: string; method: string; handler: Handler; params: () => object; path: () => string; reads: 'json' | 'multipart' | 'backup' | 'nothing' }[] = [
  { file: 'drafts/[draftId]/comments/route.ts', method: 'POST', handler: postComment as Handler, params: () => ({ draftId: meeting.draftId }), path: () => `/api/drafts/${meeting.draftId}/comments`, reads: 'json' },
  { file: 'drafts/[draftId]/comments/[commentId]/route.ts', method: 'PATCH', handler: editComment as Handler, params: () => ({ draftId: meeting.draftId, commentId: '00000000-0000-4000-8000-000000000000' }), path: () => `/api/drafts/${meeting.draftId}/comments/x`, reads: 'json' },
  { file: 'drafts/[draftId]/revisions/route.ts', method: 'POST', handler: takeRevision as Handler, params: () => ({ draftId: meeting.draftId }), path: () => `/api/drafts/${meeting.draftId}/revisions`, reads: 'json' },
  { file: 'meetings/[meetingId]/setup/drafts/route.ts', method: 'POST', handler: createDraft as Handler, params: () => ({ meetingId: meeting.meetingId }), path: () => `/api/meetings/${meeting.meetingId}/setup/drafts`, reads: 'multipart' },
  { file: 'meetings/[meetingId]/setup/drafts/preview/route.ts', method: 'POST', handler: previewDraft as Handler, params: () => ({ meetingId: meeting.meetingId }), path: () => `/api/meetings/${meeting.meetingId}/setup/drafts/preview`, reads: 'multipart' },
  { file: 'meetings/restore/route.ts', method: 'POST', handler: restore as Handler, params: () => ({}), path: () => '/api/meetings/restore', reads: 'backup' },
  { file: 'collab-token/route.ts', method: 'POST', handler: collabToken as Handler, params: () => ({}), path: () => '/api/collab-token', reads: 'nothing' },
];

async function send(route: (typeof ROUTES)[number], options: ApiRequestOptions) {
  const response = await route.handler(apiRequest(route.path(), { method: route.method, ...options }), routeParams(route.params()) as { params: Promise<never> });
  return { status: response.status, message: ((await response.json()) as { error?: { message: string } }).error?.message ?? '' };
}

describe('state-changing routes refuse cross-site requests and unexpected bodies', () => {
  it('the list above names every POST, PUT, PATCH and DELETE handler in app/api', () => {
    const root = path.resolve(__dirname, '../../app/api');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'route.ts' && !full.includes('[...nextauth]')) {
          for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) if (new RegExp(`export (const|async function) ${method}\\b`).test(readFileSync(full, 'utf8'))) found.push(`${method} ${path.relative(root, full)}`);
        }
      }
    };
    walk(root);
    expect(found.sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.file}`).sort());
  });

  it.each(ROUTES.map((route) => [`${route.method} ${route.file}`, route] as const))('%s: 403 with a sentence for another site’s Origin', async (_, route) => {
    for (const options of [
      { origin: 'https://evil.example', body: '{"body":"forged"}', contentType: 'text/plain' },
      { origin: 'https://evil.example', body: { body: 'forged' } },
      { origin: 'null', body: { body: 'forged' } },
      { origin: null, headers: { 'sec-fetch-site': 'cross-site' }, body: { body: 'forged' } },
    ] satisfies ApiRequestOptions[]) {
      const answer = await send(route, options);
      expect(answer.status).toBe(403);
      expect(answer.message).toMatch(/came from another site/);
    }
  });

  it.each(ROUTES.filter((route) => route.reads !== 'nothing').map((route) => [`${route.method} ${route.file}`, route] as const))(
    '%s: 415 with a sentence for a text/plain or urlencoded body from the app’s own page',
    async (_, route) => {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
        const answer = await send(route, { body: '{"body":"a comment"}', contentType });
        expect(answer.status).toBe(415);
        expect(answer.message).toMatch(/^Send the request body as /);
      }
    },
  );

  it('accepts JSON from the app’s own page, from ALLOWED_ORIGINS, and from a script that sends no Origin', async () => {
    const comments = ROUTES[0];
    if (!comments) throw new Error('no comments route');
    const mexico = meeting.people.mexico;
    signInAs({ id: mexico.userId, name: mexico.name, email: 'mexico@example.org' });
    for (const origin of [TEST_ORIGIN, PARTNER, null]) {
      const answer = await send(comments, { origin, body: { body: `A comment sent with Origin ${origin}` } });
      expect(answer.status, `${String(origin)}: ${answer.message}`).toBe(200);
    }
    const secretariat = meeting.people.secretariat;
    signInAs({ id: secretariat.userId, name: secretariat.name, email: 'secretariat@example.org' });
  });

  it('accepts a bodiless POST for a collaboration token, and multipart for an import preview', async () => {
    const token = ROUTES.find((route) => route.reads === 'nothing');
    const preview = ROUTES.find((route) => route.file.endsWith('preview/route.ts'));
    if (!token || !preview) throw new Error('routes missing');
    expect((await send(token, {})).status).toBe(200);
    const form = new FormData();
    form.set('text', '1. Recommends that States cooperate.');
    form.set('format', 'text');
    expect((await send(preview, { body: form })).status).toBe(200);
  });
});
