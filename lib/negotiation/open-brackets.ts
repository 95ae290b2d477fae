import type * as Y from 'yjs';
import { getParagraphText, type ParagraphMap } from './draft-doc';
import { readRunMarks, type KeyedBracketMark } from './marks';

/**
 * Where each bracket of a paragraph sits in its Y.XmlText, with the attribute key it is stored
 * under in every run (y-tiptap may store one bracket under `bracket` in one run and under a
 * hashed key in the next). Offsets count an embed as 1, as Yjs does; never XmlText.toString().
 */

export interface BracketRange {
  index: number;
  length: number;
  key: string;
}

export interface PlacedBracket {
  mark: KeyedBracketMark;
  /** The runs it covers, in text order. */
  ranges: BracketRange[];
  start: number;
  end: number;
  text: string;
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

export function placeBrackets(text: Y.XmlText): Map<string, PlacedBracket> {
  const placed = new Map<string, PlacedBracket>();
  let index = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const isString = typeof op.insert === 'string';
    const length = isString ? (op.insert as string).length : 1;
    if (isString) {
      for (const mark of readRunMarks(op.attributes).brackets) {
        const found = placed.get(mark.id);
        const range = { index, length, key: mark.key };
        if (found) {
          found.ranges.push(range);
          found.end = index + length;
          found.text += op.insert as string;
        } else {
          placed.set(mark.id, { mark, ranges: [range], start: index, end: index + length, text: op.insert as string });
        }
      }
    }
    index += length;
  }
  return placed;
}

export function paragraphBrackets(paragraph: ParagraphMap): Map<string, PlacedBracket> {
  const text = getParagraphText(paragraph);
  return text ? placeBrackets(text) : new Map();
}

/** The alternatives of one spot, in text order. */
export function spotMembers(brackets: Map<string, PlacedBracket>, spot: string): PlacedBracket[] {
  return [...brackets.values()].filter((bracket) => bracket.mark.spot === spot).sort((a, b) => a.start - b.start);
}

/** What still stands between a paragraph and agreement: lone brackets, and spots with alternatives or options. */
export function describeOpenBrackets(paragraph: ParagraphMap): { brackets: number; spots: number; options: number } {
  const brackets = paragraphBrackets(paragraph);
  const spots = new Set<string>();
  const optionSpots = new Set<string>();
  let lone = 0;
  for (const bracket of brackets.values()) {
    const spot = bracket.mark.spot;
    if (!spot) lone += 1;
    else if (bracket.mark.form === 'option') optionSpots.add(spot);
    else spots.add(spot);
  }
  return { brackets: lone, spots: spots.size, options: optionSpots.size };
}
