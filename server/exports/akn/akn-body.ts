import { crpRenderOptions, type CrpCommentGroup, type CrpParagraph, type CrpProposal } from '@/lib/exports/crp-model';
import { styleParagraphSegments, type StyledPiece } from '@/lib/negotiation/styled-text';
import { PROPOSAL_SENTENCES } from '@/lib/exports/proposal-sentences';
import { printedLabel } from '@/lib/exports/symbols';
import type { AknContext } from './akn-context';
import { el, slug, text } from './xml';

/**
 * The paragraphs as Akoma Ntoso: preambular paragraphs as recitals in the preamble, operative
 * paragraphs as <paragraph> in the main body, each with its label as <num> and its status as a
 * reference to a TLCConcept. Inside the text, proposed words are <ins> and words proposed for
 * deletion <del>, each referring to the proposing delegation, followed by a <noteRef> to the
 * proposal's note (authored by that delegation, in the meta). Brackets, alternatives, bracket
 * attributions and notes are written in the room's convention; each paragraph option is its own
 * <p class="option"> (after the chapeau's <p>), so the <p>s joined by line breaks read exactly
 * like the Word CRP: renderParagraphText with each proposal's supporters and objectors.
 */

export function paragraphEId(paragraph: CrpParagraph, taken: Set<string>): string {
  const prefix = paragraph.kind === 'PP' ? 'recital' : 'para';
  const base = `${prefix}_${slug(paragraph.label.replace(/\s+/g, '')) || 'x'}`;
  let eId = base;
  for (let n = 2; taken.has(eId); n += 1) eId = `${base}_${n}`;
  taken.add(eId);
  return eId;
}

export function paragraphXml(context: AknContext, paragraph: CrpParagraph, eId: string): string {
  const noteOf = proposalNotes(context, paragraph, eId);
  const pieces = styleParagraphSegments(paragraph.segments, crpRenderOptions(context.names, paragraph.proposals, true, context.model.draft.language));
  const first = paragraph.segments[0];
  const startsWithOption = first?.kind === 'open' && first.bracket.form === 'option';
  const blocks = linesOf(pieces).map((line, index) =>
    el('p', index > 0 || startsWithOption ? { class: 'option' } : {}, inlineXml(context, line, noteOf)),
  );
  const deletion = paragraph.proposals.find((proposal) => proposal.kind === 'delete_paragraph');
  if (deletion && paragraph.deletionNote) {
    const agent = context.agentOf(deletion.delegation);
    blocks.push(
      el(
        'p',
        { class: 'deletionProposal' },
        el('del', { refersTo: `#${agent}`, class: 'paragraphDeletion' }, text('[delete paragraph]')),
        el('span', { class: 'attribution', refersTo: `#${agent}` }, text(` (${deletion.delegationName})`)),
        el('noteRef', { href: `#${noteOf.get(deletion.id) ?? ''}` }),
      ),
    );
  }
  const attrs = {
    eId,
    refersTo: `#status_${paragraph.status}`,
    class: `status-${paragraph.status}`,
    status: paragraph.status === 'deleted' ? 'removed' : undefined,
    'concord:paragraph': paragraph.id,
    'concord:status': paragraph.status,
  };
  const num = el('num', {}, text(printedLabel(paragraph.label)));
  if (paragraph.kind === 'PP') return el('recital', attrs, num, ...blocks);
  return el('paragraph', attrs, num, el('content', {}, ...blocks));
}

/** The pieces cut at each line break: the chapeau, then one line per paragraph option. */
function linesOf(pieces: readonly StyledPiece[]): StyledPiece[][] {
  const lines: StyledPiece[][] = [[]];
  for (const piece of pieces) {
    if (piece.style === 'break') lines.push([]);
    else lines[lines.length - 1]?.push(piece);
  }
  return lines;
}

function inlineXml(context: AknContext, pieces: readonly StyledPiece[], noteOf: Map<string, string>): string {
  const parts: string[] = [];
  for (const piece of pieces) {
    const agent = piece.delegation === undefined ? null : context.agentOf(piece.delegation);
    const owner = agent ? { refersTo: `#${agent}`, 'concord:proposal': piece.proposal } : {};
    switch (piece.style) {
      case 'inserted':
        parts.push(el('ins', owner, text(piece.text)));
        break;
      case 'deleted':
        parts.push(el('del', owner, text(piece.text)));
        break;
      case 'attribution': {
        parts.push(el('span', { class: 'attribution', ...owner }, text(piece.text)));
        const note = piece.proposal ? noteOf.get(piece.proposal) : undefined;
        if (note) parts.push(el('noteRef', { href: `#${note}` }));
        break;
      }
      default:
        parts.push(text(piece.text));
    }
  }
  return parts.join('');
}

/** One note per pending proposal, authored by its delegation: what it proposes, who supports or opposes it. */
function proposalNotes(context: AknContext, paragraph: CrpParagraph, placementBase: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const proposal of paragraph.proposals) {
    const agent = context.agentOf(proposal.delegation);
    const eId = context.addNote(agent, {
      idHint: proposal.id,
      className: `proposal ${proposal.kind}`,
      placementBase,
      paragraphs: [proposalSentence(context, proposal), ...positions(context, proposal)],
    });
    notes.set(proposal.id, eId);
  }
  return notes;
}

function proposalSentence(context: AknContext, proposal: CrpProposal): string {
  const say = PROPOSAL_SENTENCES[context.model.draft.language];
  const who = text(proposal.delegationName);
  const quote = (value: string) => say.quote(text(value));
  const on = proposal.at ? el('date', { date: proposal.at.slice(0, 10) }, text(proposal.at.slice(0, 10))) : '';
  const sentence: Record<CrpProposal['kind'], string> = {
    insert: say.insert(who, quote(proposal.inserted)),
    delete: say.delete(who, quote(proposal.deleted)),
    replace: say.replace(who, quote(proposal.deleted), quote(proposal.inserted)),
    new_paragraph: say.newParagraph(who, quote(proposal.inserted)),
    delete_paragraph: say.deleteParagraph(who),
  };
  // Competing proposals at one spot: the chair keeps at most one of them.
  const alternative = proposal.set && proposal.alternative ? say.alternative(proposal.alternative) : '';
  const { convention } = context;
  return `${sentence[proposal.kind]}${alternative}${on ? `${convention.open}${on}${convention.close}` : ''}.`;
}

function positions(context: AknContext, proposal: CrpProposal): string[] {
  const list = (ids: string[], names: string[]) =>
    ids.map((id, i) => el('organization', { refersTo: `#${context.agentOf(id)}` }, text(names[i] ?? ''))).join(', ');
  const lines: string[] = [];
  const { convention } = context;
  const capital = (sentence: string) => sentence.charAt(0).toLocaleUpperCase(context.words.bcp47) + sentence.slice(1);
  if (proposal.supporters.length > 0) lines.push(`${capital(convention.supportedBy(list(proposal.supporters, proposal.supporterNames)))}.`);
  if (proposal.objectors.length > 0) lines.push(`${capital(convention.opposedBy(list(proposal.objectors, proposal.objectorNames)))}.`);
  return lines;
}

/** Comments received as notes authored by each delegation, placed at their paragraph. */
export function addCommentNotes(context: AknContext, groups: readonly CrpCommentGroup[], placementBase?: string): void {
  for (const group of groups) {
    const agent = context.agentOf(group.delegationId);
    for (const comment of group.comments) {
      context.addNote(agent, {
        idHint: `comment_${comment.id}`,
        className: placementBase ? 'comment' : 'comment general',
        placementBase,
        paragraphs: [...(comment.quote ? [text(context.words.quoted(comment.quote))] : []), text(comment.body)],
      });
      // A reply is a note of its own delegation, placed with the comment it answers.
      for (const reply of comment.replies) {
        context.addNote(context.agentOf(reply.delegationId), {
          idHint: `comment_${reply.id}`,
          className: 'comment reply',
          placementBase,
          paragraphs: [text(context.words.replyFrom(reply.delegationName).trim()), text(reply.body)],
        });
      }
    }
  }
}
