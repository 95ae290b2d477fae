import type { MarkType, Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { SpotForm } from '@/lib/negotiation/schema';
import type { DelegationLookup } from './delegation-label';

/**
 * Where the editor draws each bracket's edges, following the rendering convention
 * (lib/negotiation/styled-text.ts): "[" and "]" around a lone or adjacent bracket, " / " between
 * slash alternatives inside one pair of brackets, and each option on its own line introduced by
 * its label. The attribution (" (Egypt)", a note) follows the bracket, or each slash alternative.
 * A bracket's extent runs from its first to its last character, as in the stored model.
 */

export interface PlacedBracket {
  id: string;
  attrs: Record<string, unknown>;
  /** Document positions: before its first character and after its last. */
  from: number;
  to: number;
}

export interface BracketEdge {
  id: string;
  pos: number;
  /** Order among edges at one position: closers (negative, innermost first) before openers (outermost first). */
  side: number;
  /** The markup drawn: "[", "]", " / ", "Option 1: " ('' when only an attribution or a line break). */
  text: string;
  /** " (Egypt)" after a closing edge, in italics. */
  attribution: string;
  /** An option starts on its own line. */
  lineBreak: boolean;
  /** Slash alternatives carry their attribution inside the brackets: "[a (Egypt) / b (Chile)]". */
  attributionFirst: boolean;
}

const stringAttr = (attrs: Record<string, unknown>, name: string): string | null => {
  const value = attrs[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
};

/** Every bracket of the paragraph with its extent, in order of first character. */
export function placeBrackets(doc: PMNode, type: MarkType): PlacedBracket[] {
  const placed = new Map<string, PlacedBracket>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type !== type) continue;
      const id = stringAttr(mark.attrs, 'id') ?? `legacy:${stringAttr(mark.attrs, 'by') ?? ''}`;
      const found = placed.get(id);
      if (found) found.to = pos + node.nodeSize;
      else placed.set(id, { id, attrs: mark.attrs, from: pos, to: pos + node.nodeSize });
    }
    return false;
  });
  return [...placed.values()];
}

/** The innermost bracket around `pos` (a caret), or null. Touching either edge counts. */
export function bracketAround(doc: PMNode, type: MarkType, pos: number): PlacedBracket | null {
  const around = placeBrackets(doc, type).filter((bracket) => bracket.from <= pos && pos <= bracket.to);
  around.sort((a, b) => a.to - a.from - (b.to - b.from));
  return around[0] ?? null;
}

function formOf(bracket: PlacedBracket): SpotForm | null {
  if (!stringAttr(bracket.attrs, 'spot')) return null;
  const form = stringAttr(bracket.attrs, 'form');
  return form === 'slash' || form === 'option' ? form : 'adjacent';
}

function attributionOf(bracket: PlacedBracket, names: DelegationLookup): string {
  const delegation = stringAttr(bracket.attrs, 'delegation');
  const note = stringAttr(bracket.attrs, 'note');
  const parts = [delegation ? (names(delegation)?.name ?? delegation) : null, note].filter((part): part is string => part !== null);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** Members of each spot in text order: spot id -> bracket ids. */
function spotOrder(brackets: readonly PlacedBracket[]): Map<string, string[]> {
  const spots = new Map<string, string[]>();
  for (const bracket of brackets) {
    const spot = stringAttr(bracket.attrs, 'spot');
    if (spot) spots.set(spot, [...(spots.get(spot) ?? []), bracket.id]);
  }
  return spots;
}

export function bracketEdges(doc: PMNode, type: MarkType, names: DelegationLookup): BracketEdge[] {
  const brackets = placeBrackets(doc, type);
  const spots = spotOrder(brackets);
  const edges: BracketEdge[] = [];
  const contentStart = 1;
  for (const bracket of brackets) {
    const members = spots.get(stringAttr(bracket.attrs, 'spot') ?? '') ?? [bracket.id];
    const index = members.indexOf(bracket.id);
    const last = index === members.length - 1;
    const form = formOf(bracket);
    const attribution = attributionOf(bracket, names);
    const edge = { id: bracket.id, side: 0, attribution: '', lineBreak: false, attributionFirst: false };
    if (form === 'option') {
      const label = stringAttr(bracket.attrs, 'option') ?? `Option ${index + 1}`;
      edges.push({ ...edge, pos: bracket.from, text: `${label}: `, lineBreak: bracket.from > contentStart });
      edges.push({ ...edge, pos: bracket.to, text: '', attribution });
    } else if (form === 'slash') {
      edges.push({ ...edge, pos: bracket.from, text: index === 0 ? '[' : ' / ' });
      edges.push({ ...edge, pos: bracket.to, text: last ? ']' : '', attribution, attributionFirst: true });
    } else {
      edges.push({ ...edge, pos: bracket.from, text: '[' });
      edges.push({ ...edge, pos: bracket.to, text: ']', attribution });
    }
  }
  const drawn = edges.filter((edge) => edge.text.length > 0 || edge.attribution.length > 0 || edge.lineBreak);
  return orderEdges(drawn, new Map(brackets.map((bracket) => [bracket.id, bracket])));
}

/** At one position, closers come first, innermost first; then openers, outermost first. */
function orderEdges(edges: BracketEdge[], byId: Map<string, PlacedBracket>): BracketEdge[] {
  const size = (edge: BracketEdge) => {
    const bracket = byId.get(edge.id);
    return bracket ? bracket.to - bracket.from : 0;
  };
  const isCloser = (edge: BracketEdge) => byId.get(edge.id)?.to === edge.pos;
  const sorted = [...edges].sort((a, b) => {
    if (a.pos !== b.pos) return a.pos - b.pos;
    const ca = isCloser(a);
    const cb = isCloser(b);
    if (ca !== cb) return ca ? -1 : 1;
    return ca ? size(a) - size(b) : size(b) - size(a);
  });
  let previous = -1;
  let rank = 0;
  return sorted.map((edge) => {
    rank = edge.pos === previous ? rank + 1 : 0;
    previous = edge.pos;
    return { ...edge, side: isCloser(edge) ? -1000 + rank : 1 + rank };
  });
}

function edgeElement(edge: BracketEdge): HTMLElement {
  const element = document.createElement('span');
  element.className = 'bracket-edge';
  element.dataset.bracket = edge.id;
  if (edge.lineBreak) {
    const lineBreak = document.createElement('span');
    lineBreak.className = 'bracket-line-break';
    element.appendChild(lineBreak);
  }
  if (edge.text) {
    const markup = document.createElement('span');
    markup.className = edge.text.endsWith(': ') ? 'bracket-option-label' : 'bracket-markup';
    markup.textContent = edge.text;
    element.appendChild(markup);
  }
  if (edge.attribution) {
    const attribution = document.createElement('span');
    attribution.className = 'bracket-attribution';
    attribution.textContent = edge.attribution;
    if (edge.attributionFirst) element.insertBefore(attribution, element.firstChild);
    else element.appendChild(attribution);
  }
  return element;
}

function decorate(doc: PMNode, type: MarkType, names: DelegationLookup): DecorationSet {
  const edges = bracketEdges(doc, type, names);
  const decorations = edges.map((edge) =>
    Decoration.widget(edge.pos, () => edgeElement(edge), {
      side: edge.side,
      // Drawn outside any proposal's underline or strike-through.
      marks: [],
      ignoreSelection: true,
      key: `${edge.id}:${edge.pos}:${edge.side}:${edge.text}:${edge.attribution}:${edge.lineBreak}`,
    }),
  );
  return DecorationSet.create(doc, decorations);
}

export const bracketEdgesKey = new PluginKey<DecorationSet>('bracketEdges');

export function bracketEdgesPlugin(type: MarkType, names: DelegationLookup): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: bracketEdgesKey,
    state: {
      init: (_config, state) => decorate(state.doc, type, names),
      apply: (tr, previous) => (tr.docChanged ? decorate(tr.doc, type, names) : previous),
    },
    props: {
      decorations: (state) => bracketEdgesKey.getState(state),
    },
  });
}
