import type * as Y from 'yjs';
import { diffSequences, diffWords, type DiffSegment } from './compare-words';
import { getKind, getLabel, getParagraph, getParagraphRuns, getStatus, paragraphIds } from './draft-doc';
import { renderParagraphDeletionNote, renderParagraphText, type RenderOptions } from './render';
import type { ParagraphKind, ParagraphStatus } from './schema';

/**
 * Compares two states of a draft (two revisions, or a revision and the current text) paragraph
 * by paragraph. Paragraphs are matched by id, so a renumbered or moved paragraph is still the
 * same paragraph. Text is compared as the room reads it — rendered with brackets and
 * attributions — so that an accepted proposal shows as its brackets and attribution falling away.
 */

export type ParagraphChange = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

export interface ParagraphSide {
  label: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  /** Rendered text (renderParagraphText), brackets and attributions included. */
  text: string;
  /** "[delete paragraph] (Canada)" while a deletion of the whole paragraph is pending. */
  deletionNote: string | null;
}

export interface ParagraphComparison {
  id: string;
  /** added/removed first; then moved (even if also edited); then changed; else unchanged. */
  change: ParagraphChange;
  before: ParagraphSide | null;
  after: ParagraphSide | null;
  moved: boolean;
  labelChanged: boolean;
  statusChanged: boolean;
  textChanged: boolean;
  /** Word-level diff of the rendered text (deletion note appended), before → after. */
  diff: DiffSegment[];
}

export interface DraftComparison {
  /** In the order of the later document, removed paragraphs placed after their old predecessor. */
  paragraphs: ParagraphComparison[];
  counts: Record<ParagraphChange, number>;
}

export function compareDrafts(before: Y.Doc, after: Y.Doc, options: RenderOptions): DraftComparison {
  const beforeIds = paragraphIds(before);
  const afterIds = paragraphIds(after);
  const beforeSet = new Set(beforeIds);
  const afterSet = new Set(afterIds);
  const moved = movedParagraphs(beforeIds.filter((id) => afterSet.has(id)), afterIds.filter((id) => beforeSet.has(id)));
  const paragraphs = mergedOrder(beforeIds, afterIds, afterSet).map((id) =>
    compareParagraph(id, readSide(before, id, options), readSide(after, id, options), moved.has(id)),
  );
  const counts: Record<ParagraphChange, number> = { added: 0, removed: 0, moved: 0, changed: 0, unchanged: 0 };
  for (const paragraph of paragraphs) counts[paragraph.change] += 1;
  return { paragraphs, counts };
}

/** Paragraphs present in both whose relative order changed: those outside a longest common order. */
function movedParagraphs(beforeOrder: string[], afterOrder: string[]): Set<string> {
  const moved = new Set<string>();
  for (const op of diffSequences(beforeOrder, afterOrder)) if (op.kind === 'deleted') moved.add(op.item);
  return moved;
}

/** The later order, with each removed paragraph after the paragraph it used to follow. */
function mergedOrder(beforeIds: string[], afterIds: string[], afterSet: Set<string>): string[] {
  const removedAfter = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of beforeIds) {
    if (afterSet.has(id)) {
      anchor = id;
      continue;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push(id);
    removedAfter.set(anchor, list);
  }
  const order = [...(removedAfter.get(null) ?? [])];
  for (const id of afterIds) order.push(id, ...(removedAfter.get(id) ?? []));
  return order;
}

function readSide(doc: Y.Doc, id: string, options: RenderOptions): ParagraphSide | null {
  const paragraph = getParagraph(doc, id);
  if (!paragraph || !paragraphIds(doc).includes(id)) return null;
  return {
    label: getLabel(paragraph),
    kind: getKind(paragraph),
    status: getStatus(paragraph),
    text: renderParagraphText(getParagraphRuns(paragraph), options),
    deletionNote: renderParagraphDeletionNote(paragraph, options),
  };
}

function comparedText(side: ParagraphSide): string {
  return side.deletionNote ? `${side.text} ${side.deletionNote}` : side.text;
}

function compareParagraph(id: string, before: ParagraphSide | null, after: ParagraphSide | null, moved: boolean): ParagraphComparison {
  const base = { id, before, after, moved: false, labelChanged: false, statusChanged: false };
  if (!before && after) {
    return { ...base, change: 'added', textChanged: true, diff: [{ kind: 'inserted', text: comparedText(after) }] };
  }
  if (before && !after) {
    return { ...base, change: 'removed', textChanged: true, diff: [{ kind: 'deleted', text: comparedText(before) }] };
  }
  if (!before || !after) throw new Error(`paragraph ${id} is in neither document`);
  const textChanged = comparedText(before) !== comparedText(after);
  const labelChanged = before.label !== after.label;
  const statusChanged = before.status !== after.status;
  const kindChanged = before.kind !== after.kind;
  const unchangedText = comparedText(after);
  const diff = textChanged ? diffWords(comparedText(before), unchangedText) : unchangedText ? [{ kind: 'same' as const, text: unchangedText }] : [];
  const change: ParagraphChange = moved ? 'moved' : textChanged || labelChanged || statusChanged || kindChanged ? 'changed' : 'unchanged';
  return { ...base, change, moved, labelChanged, statusChanged, textChanged, diff };
}
