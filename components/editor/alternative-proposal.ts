import { Fragment, type Mark, type Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { newProposalId } from './proposal-id';
import type { ProposalActor } from './rewrite-proposal';
import { isProposalMarkAttrs, suggestionMarkTypes, type SuggestionMarkTypes } from './suggestion-marks';
import { selectionInParagraph } from './transaction-utils';

/**
 * An alternative to another delegation's pending proposal is a *sibling*: it strikes the same base
 * words the other proposal strikes (a character may carry several deletion marks) and puts its own
 * words right after the other's inserted words, never inside them. Touching insertions and shared
 * struck words make the two one alternative set (lib/negotiation/proposal-spots.ts), so the room
 * reads "[replace: recommends | with: alt 1: urges (Mexico) / alt 2: encourages (Canada)]" and the
 * chair keeps one.
 */

interface Span {
  from: number;
  to: number;
  node: PMNode;
}

function textSpans(doc: PMNode, from = 0, to = doc.content.size): Span[] {
  const spans: Span[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText) spans.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to), node });
  });
  return spans;
}

function proposalMarks(node: PMNode, marks: SuggestionMarkTypes): { mark: Mark; attrs: ProposalMarkAttrs }[] {
  return node.marks
    .filter((mark) => mark.type === marks.insertion || mark.type === marks.deletion)
    .flatMap((mark) => (isProposalMarkAttrs(mark.attrs) ? [{ mark, attrs: mark.attrs }] : []));
}

/** Other delegations' pending proposals with words in [from, to). */
export function otherProposalsIn(doc: PMNode, from: number, to: number, actor: ProposalActor): Set<string> {
  const marks = suggestionMarkTypes(doc.type.schema);
  const ids = new Set<string>();
  for (const span of textSpans(doc, from, to)) {
    for (const { attrs } of proposalMarks(span.node, marks)) {
      if (attrs.delegation !== actor.delegation) ids.add(attrs.proposal);
    }
  }
  return ids;
}

/** Where the sibling's words go: after the last word the proposals insert, or else strike. */
function placeAfter(doc: PMNode, proposals: ReadonlySet<string>, marks: SuggestionMarkTypes): number | null {
  let afterInserted: number | null = null;
  let afterStruck: number | null = null;
  for (const span of textSpans(doc)) {
    for (const { mark, attrs } of proposalMarks(span.node, marks)) {
      if (!proposals.has(attrs.proposal)) continue;
      if (mark.type === marks.insertion) afterInserted = Math.max(afterInserted ?? 0, span.to);
      else afterStruck = Math.max(afterStruck ?? 0, span.to);
    }
  }
  return afterInserted ?? afterStruck;
}

function strikes(node: PMNode, marks: SuggestionMarkTypes, test: (attrs: ProposalMarkAttrs) => boolean): boolean {
  return proposalMarks(node, marks).some(({ mark, attrs }) => mark.type === marks.deletion && test(attrs));
}

function insertedByOther(node: PMNode, marks: SuggestionMarkTypes, actor: ProposalActor): boolean {
  return proposalMarks(node, marks).some(({ mark, attrs }) => mark.type === marks.insertion && attrs.delegation !== actor.delegation);
}

function isOwnInsertion(node: PMNode, marks: SuggestionMarkTypes, actor: ProposalActor): boolean {
  return proposalMarks(node, marks).some(({ mark, attrs }) => mark.type === marks.insertion && attrs.delegation === actor.delegation);
}

export interface SiblingEdit {
  /** The other delegations' proposals the new one is an alternative to. */
  proposals: ReadonlySet<string>;
  /** The new words, already marked as the actor's insertion. */
  words: Fragment;
  /** A selection typed over: its base words are struck too, the actor's own pending words removed. */
  typedOver?: { from: number; to: number };
}

/**
 * Applies a sibling proposal to `out` (whose document must be the state's): returns the position
 * just after the new words, or null when the proposals are no longer in the paragraph.
 */
export function applySiblingEdit(out: Transaction, edit: SiblingEdit, actor: ProposalActor, attrs: ProposalMarkAttrs): number | null {
  const marks = suggestionMarkTypes(out.doc.type.schema);
  const after = placeAfter(out.doc, edit.proposals, marks);
  if (after === null) return null;
  const at = Math.max(after, edit.typedOver?.to ?? 0);
  out.insert(at, withBracketsAt(out.doc, at, edit.words));
  const end = at + edit.words.size;
  const deletion = marks.deletion.create(attrs);
  const own = (other: ProposalMarkAttrs) => other.delegation === actor.delegation;
  const struckByThem = (other: ProposalMarkAttrs) => edit.proposals.has(other.proposal);
  // Right to left, so that removing the actor's own pending words does not move what is left to do.
  const spans = textSpans(out.doc, 0, at).reverse();
  let removed = 0;
  for (const span of spans) {
    const typedOver = edit.typedOver && span.from >= edit.typedOver.from && span.to <= edit.typedOver.to;
    if (typedOver && isOwnInsertion(span.node, marks, actor)) {
      out.delete(span.from, span.to);
      removed += span.to - span.from;
      continue;
    }
    const strike = strikes(span.node, marks, struckByThem) || (typedOver && !insertedByOther(span.node, marks, actor));
    if (strike && !strikes(span.node, marks, own)) out.addMark(span.from, span.to, deletion);
  }
  return end - removed;
}

/**
 * The inserted words sit in the brackets the preceding character is in (the other proposal's
 * words are in them), so the alternatives stay together inside one pair of brackets.
 */
function withBracketsAt(doc: PMNode, pos: number, words: Fragment): Fragment {
  const bracket = suggestionMarkTypes(doc.type.schema).bracket;
  const before = doc.resolve(pos).nodeBefore;
  const brackets = before?.marks.filter((mark) => mark.type === bracket) ?? [];
  if (brackets.length === 0) return words;
  const nodes: PMNode[] = [];
  words.forEach((node) => nodes.push(node.mark(brackets.reduce((set, mark) => mark.addToSet(set), node.marks))));
  return Fragment.from(nodes);
}

function insertedText(doc: PMNode, proposalId: string, marks: SuggestionMarkTypes): string {
  return textSpans(doc)
    .filter((span) => proposalMarks(span.node, marks).some(({ mark, attrs }) => mark.type === marks.insertion && attrs.proposal === proposalId))
    .map((span) => span.node.text ?? '')
    .join('');
}

export interface AlternativeOptions {
  now?: () => string;
  newId?: () => string;
}

/**
 * "Propose an alternative" to a pending proposal: one transaction in proposal mode, a new proposal
 * of the actor's delegation (fresh id, the actor as author, now as its time). Null when the
 * proposal is not in this paragraph or there are no words.
 */
export function proposeAlternativeTransaction(
  state: EditorState,
  proposalId: string,
  words: string,
  actor: ProposalActor,
  options: AlternativeOptions = {},
): Transaction | null {
  const text = words.trim();
  if (text.length === 0) return null;
  const marks = suggestionMarkTypes(state.schema);
  const attrs: ProposalMarkAttrs = {
    proposal: (options.newId ?? newProposalId)(),
    delegation: actor.delegation,
    author: actor.author,
    at: (options.now ?? (() => new Date().toISOString()))(),
  };
  const out = state.tr;
  // The alternative takes the spacing of the words it competes with, so whichever is kept
  // reads right: " urgently" / " strongly", "urges" / "encourages".
  const theirs = insertedText(state.doc, proposalId, marks);
  const lead = /^\s*/.exec(theirs)?.[0] ?? '';
  const trail = theirs.trim().length > 0 ? (/\s*$/.exec(theirs)?.[0] ?? '') : '';
  const fragment = Fragment.from(state.schema.text(`${lead}${text}${trail}`, [marks.insertion.create(attrs)]));
  const end = applySiblingEdit(out, { proposals: new Set([proposalId]), words: fragment }, actor, attrs);
  if (end === null) return null;
  out.setSelection(selectionInParagraph(out.doc, end, end));
  return out;
}
