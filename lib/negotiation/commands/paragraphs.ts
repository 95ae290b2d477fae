import type * as Y from 'yjs';
import type { Actor } from '../actor';
import {
  createParagraphMap,
  getKind,
  getLabel,
  getOrder,
  getParagraph,
  getParagraphs,
  getStatus,
  paragraphIds,
  writeRuns,
} from '../draft-doc';
import { nextInsertedLabel, normaliseLabel } from '../labels';
import { readParagraphProposal } from '../proposals';
import { MARKS, PARAGRAPH_KEYS, type ParagraphKind, type ParagraphProposal } from '../schema';
import { MISSING_PARAGRAPH, paragraphName, plan, refuse, resolveAttribution, type ApplyOptions, type Plan } from './context';
import { ensureProposalEntry } from './doc-writes';
import type { CommandOf } from './schema';
import { say, type ServerSentence } from '../../i18n/server-sentences';

/** Paragraph-level proposals: a new paragraph ("3 bis") and deleting a whole paragraph. */

function existingLabels(doc: Y.Doc): string[] {
  return paragraphIds(doc).map((id) => {
    const paragraph = getParagraph(doc, id);
    return paragraph ? getLabel(paragraph) : '';
  });
}

/**
 * "3" → "3 bis" after a paragraph of the same kind. A first OP after the preamble (or a PP
 * among operative paragraphs) has no sensible suffix, so it is "new OP" / "new PP" until
 * the chair renumbers.
 */
export function labelForNewParagraph(afterLabel: string, sameKind: boolean, kind: ParagraphKind, labels: string[]): string {
  if (sameKind) return nextInsertedLabel(afterLabel, labels);
  const candidate = `new ${kind}`;
  const taken = labels.some((label) => normaliseLabel(label) === normaliseLabel(candidate));
  return taken ? nextInsertedLabel(candidate, labels) : candidate;
}

function lowerName(label: string): ServerSentence {
  return label ? say('server.paragraph.namedLower', { label }) : say('server.paragraph.unnamedLower', {});
}

/** One paragraph, one line: line breaks typed or pasted into the proposal become spaces. */
function flattenText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function planProposeParagraph(doc: Y.Doc, actor: Actor, command: CommandOf<'proposeParagraph'>, opts: ApplyOptions): Plan {
  const after = getParagraph(doc, command.afterParagraphId);
  const afterIndex = paragraphIds(doc).indexOf(command.afterParagraphId);
  if (!after || afterIndex < 0) return refuse(MISSING_PARAGRAPH);
  const attribution = resolveAttribution(actor, 'propose', { onBehalfOf: command.onBehalfOf }, paragraphName(''), opts);
  if (!attribution.ok) return refuse(attribution.error);
  const text = flattenText(command.text);
  if (text.length === 0) return refuse(say('server.command.newParagraphText', {}));
  const kind = command.kind ?? getKind(after);
  const label = labelForNewParagraph(getLabel(after), kind === getKind(after), kind, existingLabels(doc));
  const paragraphId = opts.newId();
  const proposal: ParagraphProposal = {
    proposal: opts.newId(),
    delegation: attribution.delegation,
    author: actor.userId,
    at: opts.now.toISOString(),
  };
  const audit = {
    action: 'proposeParagraph',
    paragraphId,
    proposalId: proposal.proposal,
    delegationId: proposal.delegation,
    details: { label, kind, afterParagraphId: command.afterParagraphId, text },
  };
  return plan([audit], () => {
    const paragraph = createParagraphMap({
      id: paragraphId,
      label,
      kind,
      status: 'open',
      runs: [],
      proposedBy: proposal.delegation,
      insertionProposal: proposal,
    });
    getParagraphs(doc).set(paragraphId, paragraph);
    getOrder(doc).insert(afterIndex + 1, [paragraphId]);
    writeRuns(paragraph, [{ insert: text, attributes: { [MARKS.insertion]: proposal } }]);
    ensureProposalEntry(doc, proposal);
  });
}

export function planProposeParagraphDeletion(
  doc: Y.Doc,
  actor: Actor,
  command: CommandOf<'proposeParagraphDeletion'>,
  opts: ApplyOptions,
): Plan {
  const paragraph = getParagraph(doc, command.paragraphId);
  if (!paragraph) return refuse(MISSING_PARAGRAPH);
  const name = paragraphName(getLabel(paragraph));
  const ctx = { paragraphStatus: getStatus(paragraph), onBehalfOf: command.onBehalfOf };
  const attribution = resolveAttribution(actor, 'propose', ctx, name, opts);
  if (!attribution.ok) return refuse(attribution.error);
  if (readParagraphProposal(paragraph, 'insertionProposal')) {
    return refuse(say('server.command.deleteProposedParagraph', { name }));
  }
  const existing = readParagraphProposal(paragraph, 'deletionProposal');
  if (existing) return refuse(say('server.command.deletionAlreadyProposed', { name: lowerName(getLabel(paragraph)) }));
  const proposal: ParagraphProposal = {
    proposal: opts.newId(),
    delegation: attribution.delegation,
    author: actor.userId,
    at: opts.now.toISOString(),
  };
  const audit = {
    action: 'proposeParagraphDeletion',
    paragraphId: command.paragraphId,
    proposalId: proposal.proposal,
    delegationId: proposal.delegation,
    details: { label: getLabel(paragraph) },
  };
  return plan([audit], () => {
    paragraph.set(PARAGRAPH_KEYS.deletionProposal, proposal);
    ensureProposalEntry(doc, proposal);
  });
}
