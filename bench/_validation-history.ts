import * as Y from 'yjs';
import { buildDraftState, getParagraph, getParagraphText, paragraphIds, type NewParagraph } from '@/lib/negotiation/draft-doc';
import { CHAIR_DELEGATION, type ProposalMarkAttrs } from '@/lib/negotiation/schema';
import type { ValidationActor } from '@/server/collab/validation';

/**
 * A 60-paragraph draft with a realistic history for the validation benchmark: several
 * delegations typing proposals keystroke by keystroke, proposing deletions, withdrawing, and
 * the chair bracketing and editing clean text. Deterministic (seeded), so runs compare.
 */

export interface RecordedUpdate {
  update: Uint8Array;
  actor: ValidationActor;
}

const WORDS = 'the States parties shall further strengthen international cooperation to prevent and combat trafficking in persons especially women and children including by protecting victims'.split(' ');

export function benchParagraphs(count: number, rand: () => number): NewParagraph[] {
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: 30 + Math.floor(rand() * 30) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    return { id: `p${index}`, label: index < 8 ? `PP${index + 1}` : `${index - 7}`, kind: index < 8 ? 'PP' : 'OP', runs: [{ insert: `${words.join(' ')}.` }] };
  });
}

interface Speaker {
  actor: ValidationActor;
  doc: Y.Doc;
  /** Where this speaker is typing, and how many more keystrokes the current phrase has. */
  cursor: { paragraphId: string; at: number; left: number };
}

/** A room of speakers whose documents stay in step with one hub document. */
export class BenchRoom {
  readonly hub = new Y.Doc();
  readonly speakers: Speaker[];
  private readonly rand: () => number;

  constructor(paragraphs: NewParagraph[], actors: ValidationActor[], rand: () => number) {
    Y.applyUpdate(this.hub, buildDraftState(paragraphs));
    this.rand = rand;
    this.speakers = actors.map((actor) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.hub));
      return { actor, doc, cursor: { paragraphId: '', at: 0, left: 0 } };
    });
  }

  /** One edit by a random speaker (a keystroke, a deletion proposal, a withdrawal…), shared with everyone. */
  step(): RecordedUpdate | null {
    const speaker = this.speakers[Math.floor(this.rand() * this.speakers.length)];
    if (!speaker) return null;
    // What a client sends is its 'update' event: the transaction's structs and deletions only.
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array): void => void updates.push(update);
    speaker.doc.on('update', collect);
    const edited = edit(speaker, this.rand);
    speaker.doc.off('update', collect);
    const update = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
    if (!edited || update === undefined || updates.length === 0) return null;
    Y.applyUpdate(this.hub, update);
    for (const other of this.speakers) if (other !== speaker) Y.applyUpdate(other.doc, update);
    return { update, actor: speaker.actor };
  }
}

/** When the history was made: the server refuses new proposals stamped far from its clock. */
const MADE_AT = new Date().toISOString();
/** Each bracket the chair places has an id of its own. */
let bracketsPlaced = 0;

function attribution(actor: ValidationActor): ProposalMarkAttrs {
  const delegation = actor.role === 'chair' ? CHAIR_DELEGATION : (actor.delegationId ?? '');
  return { proposal: `prop-${actor.userId}`, delegation, author: actor.userId, at: MADE_AT };
}

/**
 * Mostly keystrokes continuing a phrase (as y-tiptap sends them: one character per update),
 * then deletion proposals, backspaces inside one's own proposal, and the chair's brackets.
 */
function edit(speaker: Speaker, rand: () => number): boolean {
  const { actor, cursor } = speaker;
  if (cursor.left <= 0) {
    const ids = paragraphIds(speaker.doc);
    cursor.paragraphId = ids[Math.floor(rand() * ids.length)] ?? '';
    cursor.at = Math.floor(rand() * 200);
    cursor.left = 5 + Math.floor(rand() * 30);
  }
  const paragraph = getParagraph(speaker.doc, cursor.paragraphId);
  const text = paragraph && getParagraphText(paragraph);
  if (!text) return false;
  cursor.at = Math.min(cursor.at, text.length);
  const choice = rand();
  const word = WORDS[Math.floor(rand() * WORDS.length)] ?? 'the';
  if (choice < 0.82) {
    const attributes = actor.role === 'chair' && rand() < 0.7 ? {} : { insertion: attribution(actor) };
    text.insert(cursor.at, 'abcdefghij '.charAt(Math.floor(rand() * 11)), attributes);
    cursor.at += 1;
    cursor.left -= 1;
    return true;
  }
  if (choice < 0.87 && cursor.at > 0 && actor.role !== 'chair') {
    // Backspace just typed text only while it is still the speaker's own proposal.
    const before = text.toDelta() as { insert: string; attributes?: { insertion?: ProposalMarkAttrs } }[];
    let offset = 0;
    for (const run of before) {
      const end = offset + run.insert.length;
      if (cursor.at > offset && cursor.at <= end && run.attributes?.insertion?.delegation === actor.delegationId) {
        text.delete(cursor.at - 1, 1);
        cursor.at -= 1;
        return true;
      }
      offset = end;
    }
    return false;
  }
  const from = Math.floor(rand() * Math.max(1, text.length - word.length));
  const length = Math.min(word.length, text.length - from);
  if (length <= 0) return false;
  cursor.left = 0;
  if (actor.role === 'chair') text.format(from, length, { bracket: { id: `bracket-${++bracketsPlaced}`, by: actor.userId } });
  // y-tiptap stores overlapping marks of one type under hashed keys, so proposals never overwrite each other.
  else text.format(from, length, { [`deletion--${actor.delegationId}`]: attribution(actor) });
  return true;
}
