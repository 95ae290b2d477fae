import type { ActionResult, CommentsResponse } from './types';

/** Thin fetch wrappers over the comments JSON API; errors come back as the server's sentence. */

export async function fetchComments(draftId: string, signal?: AbortSignal): Promise<CommentsResponse> {
  const response = await fetch(`/api/drafts/${draftId}/comments`, { cache: 'no-store', ...(signal ? { signal } : {}) });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as CommentsResponse;
}

export interface NewComment {
  body: string;
  paragraphId?: string | null;
  replyTo?: string | null;
  quote?: string | null;
  onBehalfOf?: string | null;
}

export function postComment(draftId: string, comment: NewComment): Promise<ActionResult> {
  return send(`/api/drafts/${draftId}/comments`, 'POST', comment);
}

export function patchComment(draftId: string, commentId: string, patch: { body: string } | { withdrawn: true }): Promise<ActionResult> {
  return send(`/api/drafts/${draftId}/comments/${commentId}`, 'PATCH', patch);
}

async function send(url: string, method: 'POST' | 'PATCH', body: unknown): Promise<ActionResult> {
  try {
    const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.ok) return { ok: true };
    const said = await readError(response);
    return { ok: false, error: said.message ?? `The server answered ${response.status}.`, said };
  } catch {
    return { ok: false, error: 'The server could not be reached. Your comment was not sent.' };
  }
}

async function readError(response: Response): Promise<{ message?: string; key?: unknown; params?: unknown }> {
  try {
    const json = (await response.json()) as { error?: { message?: string; key?: unknown; params?: unknown } };
    return json.error ?? {};
  } catch {
    return {};
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const json = (await response.json()) as { error?: { message?: string } };
    return json.error?.message ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}
