import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';

/**
 * Carries the metadata of the transaction being replaced (ui events, composition, plugin metas)
 * over to its rewrite, so other plugins see the edit as the user's own. ProseMirror keeps the
 * metadata private; its keys are plain strings, which `setMeta` accepts as they are.
 */
export function copyTransactionMeta(from: Transaction, to: Transaction): void {
  const meta = (from as unknown as { meta: Record<string, unknown> }).meta;
  for (const [key, value] of Object.entries(meta)) to.setMeta(key, value);
  to.setTime(from.time);
  if (from.scrolledIntoView) to.scrollIntoView();
}

/** A text selection clamped into the single paragraph (positions 1 .. content end). */
export function selectionInParagraph(doc: PMNode, anchor: number, head: number): TextSelection {
  const end = Math.max(doc.content.size - 1, 1);
  const clampPos = (pos: number) => Math.min(Math.max(pos, 1), end);
  return TextSelection.create(doc, clampPos(anchor), clampPos(head));
}
