import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import type { DbExecutor } from '@/server/db/client';
import { draftUpdates } from '@/server/db/schema';

/** One stretch of a paragraph's visible text written by one sender, with the marks in force on it. */
export interface AuthorshipRun {
  text: string;
  /** The user whose accepted update (or command) wrote these characters; null: the draft as created or imported. */
  userId: string | null;
  /** The delegation stored with that update: a delegation id, 'CHAIR', or null (chair/secretariat edits, the draft itself). */
  delegationId: string | null;
  /** The Yjs formatting attributes on the text (insertion, deletion, bracket marks), as clients see them. */
  marks: Record<string, unknown>;
}

interface Sender {
  userId: string | null;
  delegationId: string | null;
}

/** Clocks [start, end) of one Yjs client, written by one log row. Kept in ascending order. */
interface ClockRange {
  start: number;
  end: number;
  sender: Sender;
}

const UNKNOWN_SENDER: Sender = { userId: null, delegationId: null };

/**
 * "Who wrote this span", from the server's records rather than from the marks a client chose:
 * the draft's update log is replayed in id order, each row being stored with the user and
 * delegation the server authenticated. The clocks a row adds to the document are that row's
 * writing; each visible character of the paragraph is attributed to the row that created it.
 * Works by clock ranges, not by client id alone, because commands are written by the server
 * under its own client id on behalf of whoever sent them. Returns null for an unknown paragraph.
 */
export async function attributeParagraphText({
  db,
  draftId,
  paragraphId,
}: {
  db: DbExecutor;
  draftId: string;
  paragraphId: string;
}): Promise<AuthorshipRun[] | null> {
  const rows = await db
    .select({ update: draftUpdates.update, userId: draftUpdates.userId, delegationId: draftUpdates.delegationId })
    .from(draftUpdates)
    .where(eq(draftUpdates.draftId, draftId))
    .orderBy(asc(draftUpdates.id));
  const doc = new Y.Doc();
  try {
    const ranges = replayLog(doc, rows);
    const paragraph = getParagraph(doc, paragraphId);
    if (!paragraph) return null;
    const text = getParagraphText(paragraph);
    return text ? attributeText(text, ranges) : [];
  } finally {
    doc.destroy();
  }
}

function replayLog(doc: Y.Doc, rows: Array<{ update: Uint8Array } & Sender>): Map<number, ClockRange[]> {
  const ranges = new Map<number, ClockRange[]>();
  let sender: Sender = UNKNOWN_SENDER;
  // The state vector before and after each row's transaction says exactly which clocks it added;
  // clocks a row repeats (already known) are not "added" and keep their first writer.
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const [client, after] of transaction.afterState) {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after <= before) continue;
      let list = ranges.get(client);
      if (!list) ranges.set(client, (list = []));
      list.push({ start: before, end: after, sender });
    }
  });
  for (const row of rows) {
    sender = { userId: row.userId, delegationId: row.delegationId };
    Y.applyUpdate(doc, row.update);
  }
  return ranges;
}

function attributeText(text: Y.XmlText, ranges: Map<number, ClockRange[]>): AuthorshipRun[] {
  const runs: AuthorshipRun[] = [];
  const marks = new Map<string, unknown>();
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (content.value === null || content.value === undefined) marks.delete(content.key);
      else marks.set(content.key, content.value);
      continue;
    }
    if (!(content instanceof Y.ContentString)) continue;
    const { client, clock } = item.id;
    for (let offset = 0; offset < content.str.length; ) {
      const range = findRange(ranges.get(client), clock + offset);
      const span = range ? Math.min(content.str.length - offset, range.end - (clock + offset)) : content.str.length - offset;
      appendRun(runs, content.str.slice(offset, offset + span), range?.sender ?? UNKNOWN_SENDER, marks);
      offset += span;
    }
  }
  return runs;
}

function findRange(list: ClockRange[] | undefined, clock: number): ClockRange | undefined {
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = list[middle]!;
    if (clock < range.start) high = middle - 1;
    else if (clock >= range.end) low = middle + 1;
    else return range;
  }
  return undefined;
}

function appendRun(runs: AuthorshipRun[], text: string, sender: Sender, marks: Map<string, unknown>): void {
  // Sorted, so that equal marks set in a different order still compare equal.
  const current = Object.fromEntries([...marks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const last = runs.at(-1);
  if (
    last &&
    last.userId === sender.userId &&
    last.delegationId === sender.delegationId &&
    JSON.stringify(last.marks) === JSON.stringify(current)
  ) {
    last.text += text;
    return;
  }
  runs.push({ text, userId: sender.userId, delegationId: sender.delegationId, marks: current });
}
