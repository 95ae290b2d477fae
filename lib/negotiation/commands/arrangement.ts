import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getKind, getLabel, getOrder, getParagraph, getStatus, paragraphIds } from '../draft-doc';
import { normaliseLabel, renumberLabels, type LabelledParagraph } from '../labels';
import { PARAGRAPH_KEYS } from '../schema';
import { MISSING_PARAGRAPH, NO_CHANGE, paragraphName, plan, policyRefusal, refuse, type Plan } from './context';
import type { CommandOf } from './schema';
import { say } from '../../i18n/server-sentences';

/** Order and labels of the draft: moving, relabelling and renumbering paragraphs. */

/** `toIndex` is the paragraph's index in the order after the move (clamped to the end). */
export function planMoveParagraph(doc: Y.Doc, actor: Actor, command: CommandOf<'moveParagraph'>): Plan {
  const ids = paragraphIds(doc);
  const from = ids.indexOf(command.paragraphId);
  const paragraph = getParagraph(doc, command.paragraphId);
  if (from < 0 || !paragraph) return refuse(MISSING_PARAGRAPH);
  const label = getLabel(paragraph);
  const refusal = policyRefusal(actor, 'reorder', {}, paragraphName(label));
  if (refusal) return refuse(refusal);
  const to = Math.min(command.toIndex, ids.length - 1);
  if (to === from) return NO_CHANGE;
  const audit = { action: 'moveParagraph', paragraphId: command.paragraphId, details: { label, from, to } };
  return plan([audit], () => {
    const order = getOrder(doc);
    order.delete(from, 1);
    order.insert(to, [command.paragraphId]);
  });
}

export function planSetLabel(doc: Y.Doc, actor: Actor, command: CommandOf<'setLabel'>): Plan {
  const paragraph = getParagraph(doc, command.paragraphId);
  if (!paragraph) return refuse(MISSING_PARAGRAPH);
  const from = getLabel(paragraph);
  const refusal = policyRefusal(actor, 'renumber', {}, paragraphName(from));
  if (refusal) return refuse(refusal);
  const to = command.label.trim().replace(/\s+/g, ' ');
  if (to.length === 0) return refuse(say('server.command.labelNeeded', {}));
  if (to === from) return NO_CHANGE;
  const clash = paragraphIds(doc).some((id) => {
    const other = getParagraph(doc, id);
    return id !== command.paragraphId && other !== undefined && normaliseLabel(getLabel(other)) === normaliseLabel(to);
  });
  if (clash) return refuse(say('server.command.labelTaken', { label: to }));
  const audit = { action: 'setLabel', paragraphId: command.paragraphId, details: { from, to } };
  return plan([audit], () => paragraph.set(PARAGRAPH_KEYS.label, to));
}

/** Renumbers in document order; see renumberLabels for how deleted paragraphs are treated. */
export function planRenumber(doc: Y.Doc, actor: Actor): Plan {
  const refusal = policyRefusal(actor, 'renumber', {});
  if (refusal) return refuse(refusal);
  const paragraphs: LabelledParagraph[] = [];
  for (const id of paragraphIds(doc)) {
    const paragraph = getParagraph(doc, id);
    if (paragraph) paragraphs.push({ id, kind: getKind(paragraph), label: getLabel(paragraph), status: getStatus(paragraph) });
  }
  const labels = renumberLabels(paragraphs);
  const changes = paragraphs
    .map((p) => ({ paragraphId: p.id, from: p.label, to: labels[p.id] ?? p.label }))
    .filter((change) => change.from !== change.to);
  if (changes.length === 0) return NO_CHANGE;
  return plan([{ action: 'renumber', details: { changes } }], () => {
    for (const change of changes) getParagraph(doc, change.paragraphId)?.set(PARAGRAPH_KEYS.label, change.to);
  });
}
