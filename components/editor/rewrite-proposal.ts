import { ChangeSet } from '@tiptap/pm/changeset';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { Fragment } from '@tiptap/pm/model';
import { type EditorState, type Transaction } from '@tiptap/pm/state';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { applySiblingEdit, otherProposalsIn } from './alternative-proposal';
import { newProposalId } from './proposal-id';
import { isProposalMarkAttrs, suggestionMarkTypes, type SuggestionMarkTypes } from './suggestion-marks';
import { copyTransactionMeta, selectionInParagraph } from './transaction-utils';

/** Who a proposal is attributed to: the delegation (or 'CHAIR') and the user typing. */
export interface ProposalActor {
  delegation: string;
  author: string;
}

export interface RewriteOptions {
  /** ISO time stamp of a new proposal. */
  now?: () => string;
  newId?: () => string;
  /** Put the caret after the text a pure deletion struck (IME over a selection). */
  caretAfterDeletion?: boolean;
  /**
   * The proposal an input method is composing (composition.ts): its text was typed inside this
   * proposal's mark from the first letter, so it stays this proposal even where no neighbour
   * says so yet (the first letter of a new word).
   */
  proposal?: ProposalMarkAttrs;
}

/** One changed range: [fromA, toA) of the old document became [fromB, toB) of the new one. */
interface TextChange {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/** Where a change ended up in the rewritten document. */
interface PlacedChange extends TextChange {
  newFrom: number;
  /** Length of old text kept (struck through) at newFrom; the inserted text follows it. */
  retained: number;
}

/**
 * Turns a local edit into a proposal of `actor`: inserted text is marked as the actor's
 * insertion, deleted text stays in place with a deletion mark, except the actor's own
 * delegation's pending insertion, which is really removed. Returns null when `tr` does not
 * change the document (nothing to rewrite).
 *
 * The rewrite works on the net change of the whole transaction (prosemirror-changeset), not
 * step by step, so multi-step edits (drag and drop, replacements) need no position juggling.
 */
export function rewriteProposalTransaction(
  state: EditorState,
  tr: Transaction,
  actor: ProposalActor,
  options: RewriteOptions = {},
): Transaction | null {
  if (!tr.docChanged) return null;
  const marks = suggestionMarkTypes(state.schema);
  const changes = netChanges(state.doc, tr);
  const fresh = (): ProposalMarkAttrs => ({
    proposal: (options.newId ?? newProposalId)(),
    delegation: actor.delegation,
    author: actor.author,
    at: (options.now ?? (() => new Date().toISOString()))(),
  });
  const sibling = typedOverOthers(state, tr, changes, actor, marks, fresh);
  if (sibling) return sibling;
  const attrs = options.proposal ?? reusableAttrs(state.doc, changes, actor, marks) ?? fresh();
  const out = state.tr;
  const placed: PlacedChange[] = [];
  let offset = 0;
  for (const change of changes) {
    const newFrom = change.fromA + offset;
    const inserted = proposedText(tr.doc, change, marks, attrs);
    // Inserted text goes after the struck text: "~~old~~ new", the order the room reads.
    if (inserted.size > 0) out.insert(change.toA + offset, inserted);
    const removed = proposeDeletion(out, newFrom, change.toA + offset, actor, attrs, marks);
    placed.push({ ...change, newFrom, retained: change.toA - change.fromA - removed });
    offset += inserted.size - removed;
  }
  const caretAfter = (change: TextChange) =>
    options.caretAfterDeletion ?? (state.selection.empty && state.selection.head === change.fromA);
  const { anchor, head } = tr.selection;
  const forward = anchor <= head;
  out.setSelection(
    selectionInParagraph(
      out.doc,
      mapToRewritten(anchor, placed, forward ? -1 : 1, caretAfter),
      mapToRewritten(head, placed, forward ? 1 : -1, caretAfter),
    ),
  );
  copyTransactionMeta(tr, out);
  return out;
}

/**
 * Typing over a selection that holds another delegation's pending words proposes an alternative
 * to that proposal (alternative-proposal.ts), not new words nested inside it: the actor's words
 * go after the other's inserted words and strike the base words the other strikes.
 */
function typedOverOthers(
  state: EditorState,
  tr: Transaction,
  changes: TextChange[],
  actor: ProposalActor,
  marks: SuggestionMarkTypes,
  fresh: () => ProposalMarkAttrs,
): Transaction | null {
  const change = changes[0];
  if (changes.length !== 1 || !change || change.toA <= change.fromA || change.toB <= change.fromB) return null;
  const proposals = otherProposalsIn(state.doc, change.fromA, change.toA, actor);
  if (proposals.size === 0) return null;
  const attrs = fresh();
  const out = state.tr;
  const words = proposedText(tr.doc, change, marks, attrs);
  const end = applySiblingEdit(out, { proposals, words, typedOver: { from: change.fromA, to: change.toA } }, actor, attrs);
  if (end === null) return null;
  out.setSelection(selectionInParagraph(out.doc, end, end));
  copyTransactionMeta(tr, out);
  return out;
}

/** The net changes of `tr`, clamped to the paragraph's content (the block itself never changes). */
function netChanges(doc: PMNode, tr: Transaction): TextChange[] {
  const endA = doc.content.size - 1;
  const endB = tr.doc.content.size - 1;
  return rawChanges(doc, tr)
    .map((c) => ({
      fromA: clamp(c.fromA, 1, endA),
      toA: clamp(c.toA, 1, endA),
      fromB: clamp(c.fromB, 1, endB),
      toB: clamp(c.toB, 1, endB),
    }))
    .filter((c) => c.toA > c.fromA || c.toB > c.fromB);
}

/**
 * A single-step edit is taken as the step states it. prosemirror-changeset diffs the old and
 * new text of a change, so typing "s" over a selected "should" would come out as deleting only
 * "hould"; a negotiator replacing words expects the whole selection struck. Multi-step
 * transactions (drag and drop) still go through the changeset.
 */
function rawChanges(doc: PMNode, tr: Transaction): readonly TextChange[] {
  if (tr.mapping.maps.length === 1) {
    const changes: TextChange[] = [];
    tr.mapping.maps[0]!.forEach((fromA, toA, fromB, toB) => changes.push({ fromA, toA, fromB, toB }));
    return changes;
  }
  return ChangeSet.create(doc).addSteps(tr.doc, tr.mapping.maps, null).changes;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Continue the actor's own adjacent proposal rather than start a new one, so a word typed or
 * deleted letter by letter is one proposal.
 */
function reusableAttrs(
  doc: PMNode,
  changes: TextChange[],
  actor: ProposalActor,
  marks: SuggestionMarkTypes,
): ProposalMarkAttrs | undefined {
  for (const change of changes) {
    const attrs = proposalToContinue(doc, change.fromA, change.toA, actor, marks);
    if (attrs) return attrs;
  }
  return undefined;
}

/**
 * The actor's own proposal touching or inside [from, to), if any. Only a mark with the same
 * author AND delegation qualifies: the secretariat typing for Mexico must not extend a Mexican
 * delegate's proposal.
 */
export function proposalToContinue(
  doc: PMNode,
  from: number,
  to: number,
  actor: ProposalActor,
  marks: SuggestionMarkTypes = suggestionMarkTypes(doc.type.schema),
): ProposalMarkAttrs | undefined {
  const nodes: (PMNode | null)[] = [doc.resolve(from).nodeBefore];
  doc.nodesBetween(from, to, (node) => {
    if (node.isText) nodes.push(node);
  });
  nodes.push(doc.resolve(to).nodeAfter);
  for (const node of nodes) {
    for (const mark of node?.marks ?? []) {
      if (mark.type !== marks.insertion && mark.type !== marks.deletion) continue;
      const attrs = mark.attrs;
      if (isProposalMarkAttrs(attrs) && attrs.delegation === actor.delegation && attrs.author === actor.author) {
        return attrs;
      }
    }
  }
  return undefined;
}

/** The text the edit inserted, stripped of inherited suggestion marks and marked as the actor's. */
function proposedText(doc: PMNode, change: TextChange, marks: SuggestionMarkTypes, attrs: ProposalMarkAttrs): Fragment {
  const insertion = marks.insertion.create(attrs);
  const nodes: PMNode[] = [];
  doc.nodesBetween(change.fromB, change.toB, (node, pos) => {
    const start = Math.max(change.fromB - pos, 0);
    const end = Math.min(change.toB - pos, node.nodeSize);
    if (!node.isText || end <= start) return;
    const piece = node.cut(start, end);
    const kept = piece.marks.filter((m: Mark) => m.type !== marks.insertion && m.type !== marks.deletion);
    nodes.push(piece.mark(insertion.addToSet(kept)));
  });
  return Fragment.from(nodes);
}

/**
 * Applies deletion semantics to [from, to) of `out.doc`; returns how many characters were
 * really removed. Text already struck keeps its deletion (someone else's proposal is never
 * re-attributed), so deleting it only moves the caret.
 */
function proposeDeletion(
  out: Transaction,
  from: number,
  to: number,
  actor: ProposalActor,
  attrs: ProposalMarkAttrs,
  marks: SuggestionMarkTypes,
): number {
  if (to <= from) return 0;
  const segments: { from: number; to: number; node: PMNode }[] = [];
  out.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText) segments.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to), node });
  });
  let removed = 0;
  const deletion = marks.deletion.create(attrs);
  for (const segment of segments.reverse()) {
    if (isOwnDelegationInsertion(segment.node, actor, marks)) {
      out.delete(segment.from, segment.to);
      removed += segment.to - segment.from;
    } else if (!marks.deletion.isInSet(segment.node.marks)) {
      out.addMark(segment.from, segment.to, deletion);
    }
  }
  return removed;
}

function isOwnDelegationInsertion(node: PMNode, actor: ProposalActor, marks: SuggestionMarkTypes): boolean {
  const mark = marks.insertion.isInSet(node.marks);
  return mark !== undefined && mark.attrs.delegation === actor.delegation;
}

/**
 * Maps a position of `tr.doc` to the rewritten document, where struck text that `tr` removed
 * is still present. A caret left by a pure deletion goes before the struck text (Backspace)
 * or after it (Delete), so repeated presses walk past text that is already struck.
 */
function mapToRewritten(
  pos: number,
  placed: PlacedChange[],
  assoc: -1 | 1,
  caretAfter: (change: TextChange) => boolean,
): number {
  let delta = 0;
  for (const change of placed) {
    if (pos < change.fromB) break;
    if (pos <= change.toB) {
      if (change.fromB === change.toB) return change.newFrom + (caretAfter(change) ? change.retained : 0);
      if (pos === change.fromB && assoc < 0) return change.newFrom;
      return change.newFrom + change.retained + (pos - change.fromB);
    }
    delta += change.retained;
  }
  return pos + delta;
}
