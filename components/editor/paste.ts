import { Fragment, type Mark, type MarkType, type Node as PMNode, type Schema, Slice } from '@tiptap/pm/model';
import { BLOCK_NODE } from '@/lib/negotiation/schema';
import { newProposalId } from './proposal-id';
import { suggestionMarkTypes } from './suggestion-marks';

/**
 * Pasted content never brings its own attribution: an `<ins data-proposal>` in the clipboard
 * (forged, or copied from another paragraph) would otherwise arrive as someone's proposal.
 * Brackets are the chair's to place, so they are dropped too unless `keepBrackets` (clean mode).
 * Kept brackets get fresh identities (and spots), because a bracket's id is unique in the draft:
 * pasting a copy of bracketed words must not make one bracket run over two places.
 * Several paragraphs are flattened into one, joined by a space, because a draft paragraph is a
 * single block.
 */
export function sanitizePastedSlice(slice: Slice, schema: Schema, keepBrackets: boolean, newId: () => string = newProposalId): Slice {
  const marks = suggestionMarkTypes(schema);
  const dropped = keepBrackets ? [marks.insertion, marks.deletion] : [marks.insertion, marks.deletion, marks.bracket];
  const renew = renewBrackets(marks.bracket, newId);
  const inline: PMNode[] = [];
  textRunsByBlock(slice.content).forEach((block, index) => {
    if (index > 0) inline.push(schema.text(' '));
    for (const node of block) inline.push(node.mark(node.marks.filter((mark) => !dropped.includes(mark.type)).map(renew)));
  });
  const paragraph = schema.nodes[BLOCK_NODE];
  if (!paragraph) throw new Error('The editor schema lacks the paragraph node');
  return new Slice(Fragment.from(paragraph.create(null, inline)), 1, 1);
}

/** Gives each pasted bracket (and spot) a new id, the same one wherever the old id recurs. */
function renewBrackets(bracket: MarkType, newId: () => string): (mark: Mark) => Mark {
  const ids = new Map<string, string>();
  const renewed = (old: unknown): string | null => {
    if (typeof old !== 'string' || old.length === 0) return null;
    const known = ids.get(old);
    if (known) return known;
    const fresh = newId();
    ids.set(old, fresh);
    return fresh;
  };
  return (mark) => {
    if (mark.type !== bracket) return mark;
    return bracket.create({ ...mark.attrs, id: renewed(mark.attrs.id ?? `legacy:${String(mark.attrs.by)}`) ?? newId(), spot: renewed(mark.attrs.spot) });
  };
}

/** Text nodes grouped by the block that holds them, in document order; empty blocks vanish. */
function textRunsByBlock(content: Fragment): PMNode[][] {
  const blocks: PMNode[][] = [];
  let lastParent: PMNode | null | undefined;
  let current: PMNode[] = [];
  content.descendants((node, _pos, parent) => {
    if (!node.isText) return true;
    if (blocks.length === 0 || parent !== lastParent) {
      current = [];
      blocks.push(current);
      lastParent = parent;
    }
    current.push(node);
    return false;
  });
  return blocks;
}
