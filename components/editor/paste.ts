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
  const blocks: PMNode[][] = [];
  let loose: PMNode[] = [];
  slice.content.forEach((node) => collectInline(node, blocks, loose));
  function collectInline(node: PMNode, into: PMNode[][], current: PMNode[]): void {
    if (node.isInline) {
      current.push(node);
    } else if (node.isTextblock) {
      into.push(inlineChildren(node));
    } else {
      node.forEach((child) => collectInline(child, into, current));
    }
  }
  if (loose.length > 0) blocks.unshift(loose);
  loose = [];

  const inline: PMNode[] = [];
  blocks
    .filter((block) => block.length > 0)
    .forEach((block, index) => {
      if (index > 0) inline.push(schema.text(' '));
      for (const node of block) {
        if (node.isText) inline.push(node.mark(node.marks.filter((mark) => !dropped.includes(mark.type))));
      }
    });
  const paragraph = schema.nodes[BLOCK_NODE];
  if (!paragraph) throw new Error('The editor schema lacks the paragraph node');
  return new Slice(Fragment.from(paragraph.create(null, inline)), 1, 1);
}

function inlineChildren(node: PMNode): PMNode[] {
  const children: PMNode[] = [];
  node.forEach((child) => children.push(child));
  return children;
}
