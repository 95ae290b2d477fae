import { ARABIC_BIS, LATIN_SUFFIXES, RUSSIAN_SUFFIXES } from '@/lib/negotiation/labels';
import type { ParagraphKind } from '@/lib/negotiation/schema';

/**
 * Recognises a paragraph number at the start of a line, in the ways secretariats write them:
 * "1.", "1)", "PP 2", "PP2.", "OP 3", "O.P. 3:", "3 bis", "3bis.", "PP2 ter", Russian "3 бис",
 * Chinese "3之二", "1．", "1、", Arabic "3 مكرراً". A bare number needs its "." or ")" ("2022 was…"
 * is not paragraph 2022); a PP/OP prefix or a suffix is label enough on its own. Numbers have
 * any length. Sub-items such as "(a)" or "ii)" are not paragraph labels.
 */

export interface LabelMatch {
  label: string;
  kind: ParagraphKind;
  /** The paragraph text after the label. */
  rest: string;
  /** "[3. Text…]": the whole paragraph is bracketed; the opening bracket belongs to the text. */
  openBracket: boolean;
  /** A plain number without prefix or suffix ("1000."), which a wrapped line can also start with. */
  bare: boolean;
}

// Longest first, so that "quater" does not stop "quaterdecies" from matching.
const LATIN = [...LATIN_SUFFIXES].sort((a, b) => b.length - a.length).join('|');
const SPACED = `(?:\\s*(${LATIN}|${RUSSIAN_SUFFIXES.join('|')})(?![\\p{L}])|\\s*(${ARABIC_BIS.join('|')})|\\s*之\\s*([一二三四五六七八九十]+))`;
const END = '\\s*[.):．、]?(?=\\s|$)';
const PREFIXED = new RegExp(`^(PP|OP|P\\.\\s?P\\.|O\\.\\s?P\\.)\\s*(\\d+)(?:${SPACED})?${END}`, 'iu');
const WITH_SUFFIX = new RegExp(`^(\\d+)${SPACED}${END}`, 'iu');
const BARE = /^(\d+)[.)．、](?=\s|$)/;
// A Chinese label is often followed directly by the text, without a space: "2之二．各缔约国…", "3．请…".
const CHINESE_FOLLOWS = /^(\d+)(?:\s*之\s*([一二三四五六七八九十]+))?[．.、]?(?=[\p{Script=Han}[［])/u;
const SUB_ITEM = /^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?:[a-z]|[ivxlc]{1,6})\))(?=\s|$)/;

export function matchLabel(line: string): LabelMatch | null {
  const trimmed = line.trimStart();
  const bracketed = /^[[［]\s*/.exec(trimmed);
  const body = bracketed ? trimmed.slice(bracketed[0].length) : trimmed;
  const found = matchBody(body);
  if (!found) return null;
  return { ...found, openBracket: bracketed !== null };
}

function matchBody(body: string): Omit<LabelMatch, 'openBracket'> | null {
  const prefixed = PREFIXED.exec(body);
  if (prefixed) {
    const kind: ParagraphKind = (prefixed[1] ?? '').replace(/[.\s]/g, '').toUpperCase() === 'PP' ? 'PP' : 'OP';
    return build(kind, prefixed[2], suffixOf(prefixed, 3), body.slice(prefixed[0].length));
  }
  const suffixed = WITH_SUFFIX.exec(body);
  if (suffixed) return build('OP', suffixed[1], suffixOf(suffixed, 2), body.slice(suffixed[0].length));
  const bare = BARE.exec(body);
  if (bare) return { ...build('OP', bare[1], null, body.slice(bare[0].length)), bare: true };
  const chinese = CHINESE_FOLLOWS.exec(body);
  if (chinese && (chinese[2] || chinese[0].length > (chinese[1] ?? '').length)) {
    return { ...build('OP', chinese[1], chinese[2] ? { kind: 'chinese', text: chinese[2] } : null, body.slice(chinese[0].length)), bare: !chinese[2] };
  }
  return null;
}

type Suffix = { kind: 'latin' | 'arabic' | 'chinese'; text: string } | null;

/** The suffix groups come in the order latin-or-russian, arabic, chinese. */
function suffixOf(match: RegExpExecArray, first: number): Suffix {
  if (match[first]) return { kind: 'latin', text: match[first] ?? '' };
  if (match[first + 1]) return { kind: 'arabic', text: match[first + 1] ?? '' };
  if (match[first + 2]) return { kind: 'chinese', text: match[first + 2] ?? '' };
  return null;
}

function build(kind: ParagraphKind, digits: string | undefined, suffix: Suffix, rest: string) {
  const number = (digits ?? '0').replace(/^0+(?=\d)/, '');
  const base = kind === 'PP' ? `PP${number}` : number;
  const label = !suffix ? base : suffix.kind === 'chinese' ? `${base}之${suffix.text}` : `${base} ${suffix.kind === 'latin' ? suffix.text.toLowerCase() : suffix.text}`;
  return { kind, label, rest: rest.trim(), bare: false };
}

/** "(a)", "a)", "(iv)", "(1)": a sub-item that stays inside its paragraph. */
export function isSubItem(line: string): boolean {
  return SUB_ITEM.test(line.trimStart());
}

/** The number of a plain or PP label without suffix ("PP3" → 3, "4" → 4); null for "3 bis". */
export function labelNumber(label: string): number | null {
  const match = /^(?:PP)?(\d+)$/.exec(label);
  return match ? Number.parseInt(match[1] ?? '', 10) : null;
}

/** The label Word's automatic numbering would have shown: the next PP or operative number. */
export function nextAutomaticLabel(kind: ParagraphKind, previous: number): string {
  return kind === 'PP' ? `PP${previous + 1}` : String(previous + 1);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN: ReadonlyArray<[number, string]> = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Marker of the n-th (0-based) automatically numbered sub-item: "(a)"… at level 1, "(i)"… deeper. */
export function subItemMarker(level: number, index: number): string {
  if (level <= 1) {
    const letter = LETTERS[index % 26] ?? 'a';
    return `(${index >= 26 ? letter.repeat(Math.floor(index / 26) + 1) : letter})`;
  }
  let rest = index + 1;
  let roman = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value && roman.length < 12) {
      roman += numeral;
      rest -= value;
    }
  }
  return `(${roman})`;
}
