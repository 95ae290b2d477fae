import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getParagraphText, getStatus } from '../draft-doc';
import { readRunMarks } from '../marks';
import { placeBrackets, spotMembers, type PlacedBracket } from '../open-brackets';
import { listParagraphProposals } from '../proposals';
import { PARAGRAPH_KEYS } from '../schema';
import { MISSING_PARAGRAPH, paragraphName, plan, policyRefusal, refuse, type AuditEntry, type Plan } from './context';
import { dropProposalEntry } from './doc-writes';
import type { CommandOf } from './schema';
import { settleProposalInText } from './text-marks';
import { say, type ServerSentence } from '../../i18n/server-sentences';

/**
 * The chair lifts brackets and resolves alternatives on the server's own document, in one
 * step each, so a keystroke can never land between "keep alternative 2" and the others falling.
 */

const MISSING_BRACKET = say('server.command.missingBracket', {});

function unbracket(text: Y.XmlText, bracket: PlacedBracket): void {
  for (const range of bracket.ranges) text.format(range.index, range.length, { [range.key]: null });
}

interface Target {
  text: Y.XmlText;
  label: string;
  name: ServerSentence;
}

function presidingOver(doc: Y.Doc, actor: Actor, paragraphId: string): Target | ServerSentence {
  const paragraph = getParagraph(doc, paragraphId);
  const text = paragraph && getParagraphText(paragraph);
  if (!paragraph || !text) return MISSING_PARAGRAPH;
  const label = getLabel(paragraph);
  const name = paragraphName(label);
  const refusal = policyRefusal(actor, 'decide', { paragraphStatus: getStatus(paragraph) }, name);
  return refusal ?? { text, label, name };
}

export function planLiftBracket(doc: Y.Doc, actor: Actor, command: CommandOf<'liftBracket'>): Plan {
  const target = presidingOver(doc, actor, command.paragraphId);
  if (!('text' in target)) return refuse(target);
  const bracket = placeBrackets(target.text).get(command.bracketId);
  if (!bracket) return refuse(MISSING_BRACKET);
  const spot = bracket.mark.spot;
  if (spot && spotMembers(placeBrackets(target.text), spot).length > 1) {
    return refuse(say('server.command.alternativeBrackets', { name: target.name }));
  }
  const audit: AuditEntry = {
    action: 'liftBracket',
    paragraphId: command.paragraphId,
    details: { label: target.label, bracket: bracket.mark.id, text: bracket.text, delegation: bracket.mark.delegation, note: bracket.mark.note },
  };
  return plan([audit], () => unbracket(target.text, bracket));
}

/** Pending proposals with any mark inside [start, end): they fall with the alternative that holds them. */
function proposalsWithin(text: Y.XmlText, ranges: ReadonlyArray<{ start: number; end: number }>): Set<string> {
  const found = new Set<string>();
  let index = 0;
  for (const op of text.toDelta() as Array<{ insert?: unknown; attributes?: Record<string, unknown> }>) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (ranges.some((range) => index < range.end && index + length > range.start)) {
      const marks = readRunMarks(op.attributes);
      for (const mark of [...marks.insertions, ...marks.deletions]) found.add(mark.proposal);
    }
    index += length;
  }
  return found;
}

/** The stretches to delete when `kept` stays: every other member, and what lies between members. */
function fallingRanges(members: readonly PlacedBracket[], kept: PlacedBracket): Array<{ start: number; end: number }> {
  const first = members[0];
  const last = members[members.length - 1];
  if (!first || !last) return [];
  return [
    { start: first.start, end: kept.start },
    { start: kept.end, end: last.end },
  ].filter((range) => range.end > range.start);
}

export function planResolveSpot(doc: Y.Doc, actor: Actor, command: CommandOf<'resolveSpot'>): Plan {
  const target = presidingOver(doc, actor, command.paragraphId);
  if (!('text' in target)) return refuse(target);
  const members = spotMembers(placeBrackets(target.text), command.spotId);
  const kept = members.find((member) => member.mark.id === command.keepBracketId);
  if (!kept) return refuse(MISSING_BRACKET);
  const paragraph = getParagraph(doc, command.paragraphId);
  const details = {
    label: target.label,
    spot: command.spotId,
    form: kept.mark.form,
    kept: { bracket: kept.mark.id, text: kept.text, option: kept.mark.option, delegation: kept.mark.delegation, note: kept.mark.note },
    fell: members.filter((member) => member !== kept).map((member) => ({ bracket: member.mark.id, text: member.text, option: member.mark.option })),
  };
  if (kept.mark.noText) {
    // "No text" kept: the paragraph is deleted by agreement, and its options stay in the record.
    return plan([{ action: 'resolveSpot', paragraphId: command.paragraphId, details: { ...details, deletedParagraph: true } }], () =>
      paragraph?.set(PARAGRAPH_KEYS.status, 'deleted'),
    );
  }
  const falling = fallingRanges(members, kept);
  const fallen = [...proposalsWithin(target.text, falling)];
  const pending = listParagraphProposals(doc, command.paragraphId).filter((proposal) => fallen.includes(proposal.id));
  const audit: AuditEntry[] = [
    { action: 'resolveSpot', paragraphId: command.paragraphId, details },
    ...pending.map((proposal) => ({
      action: 'rejectProposal',
      paragraphId: command.paragraphId,
      proposalId: proposal.id,
      delegationId: proposal.delegation,
      details: { label: target.label, kind: proposal.kind, inserted: proposal.inserted, deleted: proposal.deleted, supporters: proposal.supporters, objectors: proposal.objectors, fellWithAlternative: kept.mark.id },
    })),
  ];
  return plan(audit, () => {
    for (const proposal of pending) {
      settleProposalInText(target.text, proposal.id, 'reject');
      dropProposalEntry(doc, proposal.id);
    }
    // Offsets moved when the fallen proposals' words went: place the spot again before cutting.
    const now = spotMembers(placeBrackets(target.text), command.spotId);
    const keep = now.find((member) => member.mark.id === command.keepBracketId);
    if (!keep) return;
    for (const range of fallingRanges(now, keep).reverse()) target.text.delete(range.start, range.end - range.start);
    const lifted = placeBrackets(target.text).get(command.keepBracketId);
    if (!lifted) return;
    unbracket(target.text, lifted);
    // Options sit on their own lines with nothing between them and a chapeau; the kept one joins the sentence.
    if (lifted.mark.form === 'option' && lifted.start > 0 && !/\s$/.test(textBefore(target.text, lifted.start))) {
      target.text.insert(lifted.start, ' ', {});
    }
  });
}

function textBefore(text: Y.XmlText, index: number): string {
  let out = '';
  for (const op of text.toDelta() as Array<{ insert?: unknown }>) {
    if (out.length >= index) break;
    out += typeof op.insert === 'string' ? op.insert : '\uFFFC';
  }
  return out.slice(0, index);
}
