import { normaliseLabel } from '@/lib/negotiation/labels';
import type { ParagraphKind } from '@/lib/negotiation/schema';
import { delegationNameSet, type MeetingDelegation } from './attribution';
import { append, bracketRuns, type BracketContext, type TextPiece } from './bracket-runs';
import { MAX_BRACKET_DEPTH } from './bracket-tree';
import { isSubItem, labelNumber, matchLabel, nextAutomaticLabel, subItemMarker } from './match-label';
import { checkNumbering } from './check-numbering';
import { startsWithOption } from './paragraph-options';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';
import {
  IMPORT_LIMITS,
  importFailure,
  importWarning,
  type ImportedParagraph,
  type ImportResult,
  type ImportWarning,
  type SourceLine,
  type SourceUnit,
} from './types';

/**
 * The paragraph parser shared by pasted text, Markdown and Word files.
 *
 * A paragraph is a numbered line (see match-label.ts), plus the lines directly under it without a
 * blank line (hard wraps), plus its sub-items — "(a)", "(i)", bullets, Word sub-lists — which stay
 * inside the paragraph, joined by a space, because the room negotiates a paragraph as one unit.
 * Option lines ("Option 2: No text.") belong to the paragraph above them, even after a blank line.
 * Anything else (titles, "The Working Group," chapeaux, headings) is left out and reported, never
 * silently dropped. Word paragraphs numbered by Word itself carry no number in their text; they
 * are numbered in sequence, PP when the paragraph ends with a comma (the preambular style).
 */

interface Building {
  label: string;
  kind: ParagraphKind;
  line: number;
  pieces: TextPiece[];
  subItems: number;
}

export interface ParseOptions {
  /** The meeting's delegations: an attribution naming one of them is sure to be an attribution. */
  delegations?: readonly Pick<MeetingDelegation, 'name' | 'shortName'>[];
}

export function parseDraftLines(lines: readonly SourceLine[], unit: SourceUnit, { delegations = [] }: ParseOptions = {}): ImportResult {
  const where = (line: number) => say(unit === 'line' ? 'server.import.where.line' : 'server.import.where.document', { line });
  const whereLower = (line: number) => say(unit === 'line' ? 'server.import.where.lineLower' : 'server.import.where.documentLower', { line });
  const building: Building[] = [];
  const warnings: ImportWarning[] = [];
  const leftOut: SourceLine[] = [];
  const firstUse = new Map<string, number>();
  const last: Record<ParagraphKind, number> = { PP: 0, OP: 0 };
  let automatic = 0;

  let previous: SourceLine | undefined;
  for (const source of lines) {
    const current = building[building.length - 1];
    const start = source.heading ? null : startOfParagraph(source, last);
    if (start) {
      const key = normaliseLabel(start.label);
      const earlier = firstUse.get(key);
      if (earlier !== undefined) {
        return importFailure(source.line, say('server.import.numberedTwice', { where: where(source.line), label: start.label, earlier: whereLower(earlier) }));
      }
      if (building.length >= IMPORT_LIMITS.maxParagraphs) {
        return importFailure(source.line, say('server.import.tooMany', { where: where(source.line), max: IMPORT_LIMITS.maxParagraphs }));
      }
      firstUse.set(key, source.line);
      if (start.automatic) automatic += 1;
      const number = labelNumber(start.label);
      if (number !== null) last[start.kind] = number;
      building.push({ label: start.label, kind: start.kind, line: source.line, pieces: [{ text: start.text, line: source.line }], subItems: 0 });
      previous = source;
      continue;
    }
    if (current && !source.heading && isWrappedNumber(source, last)) {
      const number = source.text.split(/[.)．、]/)[0] ?? '';
      warnings.push(importWarning(source.line, say('server.import.wrappedNumber', { where: where(source.line), number, label: current.label })));
    }
    const belongs = source.list || isSubItem(source.text) || startsWithOption(source.text);
    // A wrapped line continues the line above it: when that line was left out, so is this one.
    const wrapsLeftOut = !source.startsBlock && leftOut[leftOut.length - 1] === previous;
    if (current && !source.heading && (belongs || (!source.startsBlock && !wrapsLeftOut))) {
      current.pieces.push({ text: withMarker(source, current), line: source.line });
      previous = source;
      continue;
    }
    leftOut.push(source);
    previous = source;
  }

  if (building.length === 0) {
    const first = lines[0]?.line ?? 1;
    return importFailure(first, say('server.import.noParagraphs', { where: where(first) }));
  }

  const paragraphs: ImportedParagraph[] = [];
  const counters = { key: 0, spot: 0 };
  const context: BracketContext = {
    delegationNames: delegationNameSet(delegations),
    nextKey: () => `b${(counters.key += 1)}`,
    nextSpot: () => `s${(counters.spot += 1)}`,
  };
  for (const paragraph of building) {
    const result = bracketRuns(paragraph.pieces, context, paragraph.label);
    if ('error' in result) {
      const { line, problem } = result.error;
      const at = { where: where(line), label: paragraph.label };
      const sentences = {
        unclosed: say('server.import.unclosed', at),
        unopened: say('server.import.unopened', at),
        'too-deep': say('server.import.tooDeep', { ...at, max: MAX_BRACKET_DEPTH }),
      };
      return importFailure(line, sentences[problem]);
    }
    for (const warning of result.warnings) {
      const said = warning.sentence ?? warning.message;
      warnings.push(importWarning(warning.line, say('server.import.warningAt', { where: where(warning.line ?? paragraph.line), warning: said })));
    }
    if (result.runs.length === 0) warnings.push(importWarning(paragraph.line, say('server.import.noText', { where: where(paragraph.line), label: paragraph.label })));
    paragraphs.push({ label: paragraph.label, kind: paragraph.kind, runs: result.runs, line: paragraph.line });
  }

  append(warnings, checkNumbering(paragraphs, where));
  append(warnings, describeLeftOut(leftOut, where));
  if (automatic > 0) {
    warnings.push(importWarning(null, say('server.import.automatic', { count: automatic })));
  }
  return { paragraphs, warnings };
}

function startOfParagraph(source: SourceLine, last: Record<ParagraphKind, number>) {
  const match = matchLabel(source.text);
  if (match && !isWrappedNumber(source, last)) return { label: match.label, kind: match.kind, text: (match.openBracket ? '[' : '') + match.rest, automatic: false };
  // A Word paragraph in a numbered list at the outermost level: the number is in the list, not the text.
  if (source.list?.ordered && source.list.level === 0 && !isSubItem(source.text) && !startsWithOption(source.text)) {
    const kind: ParagraphKind = /,\s*\]?$/.test(source.text) ? 'PP' : 'OP';
    return { label: nextAutomaticLabel(kind, last[kind]), kind, text: source.text, automatic: true };
  }
  return null;
}

/**
 * "2022. was a year" on a wrapped line is text: a number of four digits or more without prefix or
 * suffix starts a paragraph only after a break (a blank line, a new Word paragraph) or when it is
 * the next operative number.
 */
function isWrappedNumber(source: SourceLine, last: Record<ParagraphKind, number>): boolean {
  const match = matchLabel(source.text);
  return match?.bare === true && !source.startsBlock && match.label.length > 3 && labelNumber(match.label) !== last.OP + 1;
}

/** A Word sub-list item has its "(a)" in the list, not the text; write it so the paragraph still reads right. */
function withMarker(source: SourceLine, paragraph: Building): string {
  if (!source.list?.ordered || source.list.level === 0 || isSubItem(source.text) || startsWithOption(source.text)) return source.text;
  const marker = subItemMarker(source.list.level, paragraph.subItems);
  paragraph.subItems += 1;
  return `${marker} ${source.text}`;
}

function describeLeftOut(leftOut: readonly SourceLine[], where: (line: number) => ServerSentence): ImportWarning[] {
  return leftOut.map((source) => importWarning(source.line, say('server.import.leftOut', { where: where(source.line), text: truncate(source.text) })));
}

function truncate(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

