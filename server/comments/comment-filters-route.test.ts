import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PATCH as editRoute } from '@/app/api/drafts/[draftId]/comments/[commentId]/route';
import { POST as commentRoute } from '@/app/api/drafts/[draftId]/comments/route';
import type { DbHandle } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { signInAs } from '@/test-support/http/fake-session';
import { apiRequest, routeParams, useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { seedCommentMeeting, type CommentMeeting } from '@/test-support/comments/seed-comment-meeting';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));

let database: TestDatabase;
let handle: DbHandle;
let meeting: CommentMeeting;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  meeting = await seedCommentMeeting(database.db);
  const mexico = meeting.people.mexico;
  signInAs({ id: mexico.userId, name: mexico.name, email: 'mexico@example.org' });
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

async function postComment(body: string) {
  const response = await commentRoute(apiRequest(`/api/drafts/${meeting.draftId}/comments`, { body: { body } }), routeParams({ draftId: meeting.draftId }));
  return { status: response.status, json: await response.json() };
}

describe('POST /api/drafts/:id/comments refuses what only looks like text', () => {
  it('refuses tags with no space after their name, as browsers read them', async () => {
    for (const markup of ['<SVG/onload=alert(1)>', '<img/src=x/onerror=alert(1)>', 'see <svg\tonload=alert(1)>', '<!doctype html>']) {
      const answer = await postComment(markup);
      expect(answer.status, markup).toBe(400);
      expect(answer.json.error.message).toMatch(/plain text/);
    }
  });

  it('refuses a comment made only of bidirectional controls or zero-width characters', async () => {
    for (const invisible of ['\u202e\u202d\u202c', '\u200b\u200c\u200d\u2060\ufeff', '\u2067 \u2069']) {
      const answer = await postComment(invisible);
      expect(answer.status).toBe(400);
      expect(answer.json.error.message).toMatch(/empty/);
    }
  });

  it('keeps a real comment, dropping the controls that would reorder its display', async () => {
    const answer = await postComment('Mexico \u202eprefers\u202c “should”; ‏العربية‏ 5 < 6 > 4.');
    expect(answer.status).toBe(200);
    expect(answer.json.comment.body).toBe('Mexico prefers “should”; ‏العربية‏ 5 < 6 > 4.');
    const edited = await editRoute(
      apiRequest(`/api/drafts/${meeting.draftId}/comments/${answer.json.comment.id}`, { method: 'PATCH', body: { body: '<img/src=x/onerror=alert(1)>' } }),
      routeParams({ draftId: meeting.draftId, commentId: answer.json.comment.id }),
    );
    expect(edited.status).toBe(400);
  });
});
