import type { SaidByServer } from '@/components/shell/use-server-sentence';

/** The JSON of GET /api/drafts/:id/comments (server/comments/comment-view.ts, dates as ISO strings). */

export interface PersonJson {
  id: string | null;
  name: string;
  /** A name the server made up ("Former participant", "Chair"), as a sentence to word. */
  said?: SaidByServer;
}

export interface CommentVersionJson {
  id: number;
  body: string;
  editedAt: string;
  editedBy: PersonJson;
}

export interface CommentJson {
  id: string;
  draftId: string;
  paragraphId: string | null;
  replyToId: string | null;
  delegation: PersonJson;
  author: PersonJson;
  createdAt: string;
  body: string | null;
  quote: string | null;
  edited: boolean;
  versions: CommentVersionJson[];
  withdrawn: { at: string; by: PersonJson } | null;
}

export interface CommentCountsJson {
  general: number;
  paragraphs: Record<string, number>;
}

export interface CommentsResponse {
  comments: CommentJson[];
  counts: CommentCountsJson;
}

/** What a thread needs to know about who is reading. */
export interface CommentReader {
  userId: string;
  role: 'secretariat' | 'chair' | 'delegate' | 'observer' | 'viewer';
  delegationId: string | null;
}

/** `error` is the server's English sentence; `said` its key and parameters, for the form to word. */
export type ActionResult = { ok: true } | { ok: false; error: string; said?: { key?: unknown; params?: unknown } };
