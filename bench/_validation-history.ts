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

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchParagraphs(count: number, rand: () => number): NewParagraph[] {
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: 30 + Math.floor(rand() * 30) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    return { id: `p${index}`, label: index < 8 ? `PP${index + 1}` : `${index - 7}`, kind: index < 8 ? 'PP' : 'OP', runs: [{ insert: `${words.join(' ')}.` }] };
  });
}

interface Speaker {
  actor: ValidationActor;
  doc: Y.Doc;
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
      return { actor, doc };
    });
  }

  /** One edit by a random speaker (a keystroke, a deletion proposal, a withdrawal…), shared with everyone. */
  step(): RecordedUpdate | null {
    const speaker = this.speakers[Math.floor(this.rand() * this.speakers.length)];
    if (!speaker) return null;
    const before = Y.encodeStateVector(speaker.doc);
    const edited = edit(speaker, this.rand);
    if (!edited) return null;
    const update = Y.encodeStateAsUpdate(speaker.doc, before);
    Y.applyUpdate(this.hub, update);
    for (const other of this.speakers) if (other !== speaker) Y.applyUpdate(other.doc, update);
    return { update, actor: speaker.actor };
  }
}

function attribution(actor: ValidationActor): ProposalMarkAttrs {
  const delegation = actor.role === 'chair' ? CHAIR_DELEGATION : (actor.delegationId ?? '');
  return { proposal: `prop-${actor.userId}`, delegation, author: actor.userId, at: '2022-06-29T10:00:00.000Z' };
}

function edit(speaker: Speaker, rand: () => number): boolean {
  const ids = paragraphIds(speaker.doc);
  const paragraph = getParagraph(speaker.doc, ids[Math.floor(rand() * ids.length)] ?? '');
  const text = paragraph && getParagraphText(paragraph);
  if (!text) return false;
  const at = Math.floor(rand() * text.length);
  const choice = rand();
  const { actor } = speaker;
  if (actor.role === 'chair') {
    if (choice < 0.6) text.insert(at, WORDS[Math.floor(rand() * WORDS.length)]?.charAt(0) ?? 'a', {});
    else if (choice < 0.8) text.format(at, Math.min(12, text.length - at), { bracket: { by: actor.userId } });
    else text.insert(at, 'x', { insertion: attribution(actor) });
    return true;
  }
  if (choice < 0.85) text.insert(at, 'abcdefghij'.charAt(Math.floor(rand() * 10)), { insertion: attribution(actor) });
  else text.format(at, Math.min(8, text.length - at), { deletion: attribution(actor) });
  return true;
}
