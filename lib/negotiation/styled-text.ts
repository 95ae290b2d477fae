import type { TextRun } from './draft-doc';
import { bracketAttribution, proposalAttribution, type RenderOptions } from './attribution';
import { conventionWords, type ConventionWords } from './convention-words';
import type { AlternativePart, ProposalPart } from './proposal-spots';
import { renderParagraphSegments, type BracketView, type Segment } from './segments';
import { splitSpace } from './spacing';

/**
 * The rendering convention of a paragraph (see render.ts), cut into styled pieces so formats
 * with typography (the screen, Word, PDF, Akoma Ntoso) can show proposed words underlined,
 * words proposed for deletion struck through and attributions in italics. Joining the pieces'
 * text IS renderParagraphText: there is one implementation of the convention.
 */

export type PieceStyle =
  /** Base text, including base text in brackets. */
  | 'text'
  /** Brackets and the convention's words: "[", "]", "delete: ", " | with: ", "alt 1: ", " / ", "Option 1: ". */
  | 'markup'
  | 'inserted'
  | 'deleted'
  /** " (Mexico)" after a proposal or bracket. */
  | 'attribution'
  /** A line break: each paragraph option starts on its own line. Its text is "\n". */
  | 'break';

export interface StyledPiece {
  text: string;
  style: PieceStyle;
  /** For inserted, deleted and attribution pieces of a proposal: whose proposal it is. */
  proposal?: string;
  delegation?: string;
  /** For the pieces that open and close a bracket: its id (whitespace moves outside them). */
  opens?: string;
  closes?: string;
}

type Owner = Pick<ProposalPart, 'proposal' | 'delegation'>;

class PieceList {
  readonly pieces: StyledPiece[] = [];

  add(text: string, style: PieceStyle, owner?: Owner): this {
    if (text.length === 0) return this;
    const last = this.pieces[this.pieces.length - 1];
    const plainEnd = last && !last.opens && !last.closes;
    if (plainEnd && last.style === style && last.proposal === owner?.proposal && style !== 'break') last.text += text;
    else this.pieces.push(owner ? { text, style, proposal: owner.proposal, delegation: owner.delegation } : { text, style });
    return this;
  }

  edge(text: string, style: PieceStyle, edge: { opens?: string; closes?: string }): this {
    if (text.length > 0) this.pieces.push({ text, style, ...edge });
    return this;
  }
}

function addProposal(out: PieceList, segment: Exclude<Segment, { kind: 'plain' | 'open' | 'close' }>, options: RenderOptions): void {
  const by = (part: ProposalPart) => out.add(proposalAttribution(part, options), 'attribution', part);
  const w = options.words ?? conventionWords();
  switch (segment.kind) {
    case 'insertion': {
      const s = splitSpace(segment.text);
      out.add(s.lead, 'text').add('[', 'markup').add(s.core, 'inserted', segment).add(']', 'markup');
      by(segment);
      out.add(s.trail, 'text');
      return;
    }
    case 'deletion': {
      const s = splitSpace(segment.text);
      out.add(s.lead, 'text').add(`[${w.delete}`, 'markup').add(s.core, 'deleted', segment).add(']', 'markup');
      by(segment);
      out.add(s.trail, 'text');
      return;
    }
    case 'replacement': {
      const removed = splitSpace(segment.deleted);
      const added = splitSpace(segment.text);
      out.add(removed.lead, 'text').add(`[${w.replace}`, 'markup').add(removed.core, 'deleted', segment);
      out.add(w.with, 'markup').add(added.core, 'inserted', segment).add(']', 'markup');
      by(segment);
      out.add(added.trail || removed.trail, 'text');
      return;
    }
    case 'alternatives':
      addAlternatives(out, segment, by, w);
  }
}

/** One alternative of a set, without brackets: "shall", "no text", "delete: should", "replace: a | with: b". */
function addAlternative(out: PieceList, part: AlternativePart, withOwnDeletion: boolean, w: ConventionWords): void {
  const added = splitSpace(part.text).core;
  const removed = splitSpace(part.deleted).core;
  if (withOwnDeletion && removed && added) {
    out.add(w.replace, 'markup').add(removed, 'deleted', part).add(w.with, 'markup').add(added, 'inserted', part);
  } else if (withOwnDeletion && removed) {
    out.add(w.delete, 'markup').add(removed, 'deleted', part);
  } else if (added) {
    out.add(added, 'inserted', part);
  } else {
    out.add(w.noText, 'markup');
  }
}

function addAlternatives(out: PieceList, segment: Extract<Segment, { kind: 'alternatives' }>, by: (part: ProposalPart) => void, w: ConventionWords): void {
  const parts = segment.alternatives;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lead = splitSpace(segment.deleted ?? (first?.deleted || first?.text) ?? '').lead;
  const trail = splitSpace(last?.text || (segment.deleted ?? last?.deleted) || '').trail;
  out.add(lead, 'text').add('[', 'markup');
  if (segment.deleted !== null && first) {
    out.add(w.replace, 'markup').add(splitSpace(segment.deleted).core, 'deleted', first).add(w.with, 'markup');
  }
  parts.forEach((part, i) => {
    if (i > 0) out.add(' / ', 'markup');
    out.add(w.alt(i + 1), 'markup');
    addAlternative(out, part, segment.deleted === null, w);
    by(part);
  });
  out.add(']', 'markup').add(trail, 'text');
}

function addOpen(out: PieceList, bracket: BracketView, w: ConventionWords): void {
  const edge = { opens: bracket.id };
  if (bracket.form === 'option') {
    if (out.pieces.some((piece) => piece.text.trim().length > 0)) out.edge('\n', 'break', edge);
    const label = bracket.option ?? w.option(bracket.index + 1);
    // A label written in Chinese or Japanese takes the full-width colon of its script ("备选案文1：").
    out.edge(/[\u3040-\u9fff]/.test(label) ? `${label}：` : `${label}${w.labelColon}`, 'markup', edge);
  } else if (bracket.form === 'slash' && bracket.index > 0) {
    out.edge(' / ', 'markup', edge);
  } else {
    out.edge('[', 'markup', edge);
  }
}

/**
 * A bracket's end: "]" then its attribution; slash alternatives share one pair of brackets, so
 * each names its proponent inside and only the last closes; an option has no brackets.
 */
function addClose(out: PieceList, bracket: BracketView, options: RenderOptions): void {
  const edge = { closes: bracket.id };
  const slash = bracket.form === 'slash';
  if (!slash && bracket.form !== 'option') out.edge(']', 'markup', edge);
  out.edge(bracketAttribution(bracket, options), 'attribution', edge);
  if (slash && bracket.index === bracket.count - 1) out.edge(']', 'markup', edge);
}

/** Whitespace just inside a bracket goes outside it: "[hereby] (Mexico) to", not "[hereby ] (Mexico)to". */
function moveEdgeSpace(pieces: StyledPiece[]): StyledPiece[] {
  const out: StyledPiece[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (piece.closes && previous && !previous.closes && !previous.opens && /\s$/.test(previous.text) && previous.style !== 'break') {
      const space = previous.text.slice(previous.text.trimEnd().length);
      previous.text = previous.text.trimEnd();
      out.push(piece);
      out.push({ text: space, style: 'text' });
      continue;
    }
    if (!piece.opens && !piece.closes && /^\s/.test(piece.text) && previous?.opens && piece.style !== 'break') {
      const space = piece.text.slice(0, piece.text.length - piece.text.trimStart().length);
      let at = out.length;
      while (at > 0 && out[at - 1]?.opens) at -= 1;
      out.splice(at, 0, { text: space, style: 'text' });
      out.push({ ...piece, text: piece.text.trimStart() });
      continue;
    }
    out.push(piece);
  }
  return tidy(out);
}

/** Drops emptied pieces, joins spaces that met, and keeps no trailing space before a line break. */
function tidy(pieces: StyledPiece[]): StyledPiece[] {
  const out: StyledPiece[] = [];
  for (const piece of pieces) {
    if (piece.text.length === 0) continue;
    const previous = out[out.length - 1];
    if (piece.style === 'break' && previous && previous.style === 'text') previous.text = previous.text.trimEnd();
    if (previous && previous.text.length === 0) out.pop();
    const before = out[out.length - 1];
    if (before && piece.style === 'text' && before.style === 'text' && !before.opens && !before.closes) {
      before.text = /\s$/.test(before.text) && /^\s/.test(piece.text) ? before.text + piece.text.trimStart() : before.text + piece.text;
      continue;
    }
    out.push({ ...piece });
  }
  return out.filter((piece) => piece.text.length > 0);
}

export function styleParagraphSegments(segments: readonly Segment[], options: RenderOptions): StyledPiece[] {
  const out = new PieceList();
  for (const segment of segments) {
    if (segment.kind === 'plain') out.add(segment.text, 'text');
    else if (segment.kind === 'open') addOpen(out, segment.bracket, options.words ?? conventionWords());
    else if (segment.kind === 'close') addClose(out, segment.bracket, options);
    else addProposal(out, segment, options);
  }
  return moveEdgeSpace(out.pieces);
}

export function styleParagraphText(runs: readonly TextRun[], options: RenderOptions): StyledPiece[] {
  return styleParagraphSegments(renderParagraphSegments(runs), options);
}
