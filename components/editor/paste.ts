import { Fragment, type Node as PMNode, type Schema, Slice } from '@tiptap/pm/model';
import { BLOCK_NODE } from '@/lib/negotiation/schema';
import { suggestionMarkTypes } from './suggestion-marks';

/**
 * Pasted content never brings its own attribution: an `<ins data-proposal>` in the clipboard
 * (forged, or copied from another paragraph) would otherwise arrive as someone's proposal.
 * Brackets are the chair's to place, so they are dropped too unless `keepBrackets` (clean mode).
 * Several paragraphs are flattened into one, joined by a space, because a draft paragraph is a
 * single block.
 */
export function sanitizePastedSlice(slice: Slice, schema: Schema, keepBrackets: boolean): Slice {
  const marks = suggestionMarkTypes(schema);
  const dropped = keepBrackets ? [marks.insertion, marks.deletion] : [marks.insertion, marks.deletion, marks.bracket];
  const inline: PMNode[] = [];
  textRunsByBlock(slice.content).forEach((block, index) => {
    if (index > 0) inline.push(schema.text(' '));
    for (const node of block) inline.push(node.mark(node.marks.filter((mark) => !dropped.includes(mark.type))));
  });
  const paragraph = schema.nodes[BLOCK_NODE];
  if (!paragraph) throw new Error('The editor schema lacks the paragraph node');
  return new Slice(Fragment.from(paragraph.create(null, inline)), 1, 1);
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
