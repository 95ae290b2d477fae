import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { draftRoom } from '@/lib/collab/protocol';
import { getParagraph, getParagraphRuns, getParagraphText, getStatus, paragraphRawText, type TextRun } from '@/lib/negotiation/draft-doc';
import type { Database } from '@/server/db/client';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { mintCollabToken } from '@/server/collab/collab-token';
import type { SeededUser } from './seed-collab-meeting';
import { TEST_AUTH_SECRET } from './start-collab-test-server';

export function paragraphText(doc: Y.Doc, paragraphId: string): string {
  const paragraph = getParagraph(doc, paragraphId);
  return paragraph ? paragraphRawText(paragraph) : '';
}

export function paragraphRuns(doc: Y.Doc, paragraphId: string): TextRun[] {
  const paragraph = getParagraph(doc, paragraphId);
  return paragraph ? getParagraphRuns(paragraph) : [];
}

export function paragraphStatus(doc: Y.Doc, paragraphId: string): string | undefined {
  const paragraph = getParagraph(doc, paragraphId);
  return paragraph ? getStatus(paragraph) : undefined;
}

/** Types into a paragraph as the client would, with optional mark attributes. */
export function typeInto(doc: Y.Doc, paragraphId: string, index: number, text: string, attributes: Record<string, unknown> = {}): void {
  const paragraph = getParagraph(doc, paragraphId);
  const ytext = paragraph ? getParagraphText(paragraph) : undefined;
  if (!ytext) throw new Error(`paragraph ${paragraphId} has no text`);
  ytext.insert(index, text, attributes);
}

/** The draft as stored in the database, as a fresh Y.Doc. */
export async function storedDraft(db: Database, draftId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadDraftState({ db, draftId }));
  return doc;
}

/** A bare websocket to the draft, for frames no honest client sends. Resolves once open. */
export async function openRawSocket(url: string, draftId: string, user: SeededUser): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const token = mintCollabToken(TEST_AUTH_SECRET, user.userId, 300);
  const ws = new WebSocket(`${url}/${draftRoom(draftId)}?token=${encodeURIComponent(token)}`);
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, closed };
}
