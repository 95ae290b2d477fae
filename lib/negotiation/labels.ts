import type { ParagraphKind, ParagraphStatus } from './schema';

/**
 * Paragraph labels as the room writes them: preambular "PP1", "PP2"…, operative "1", "2"…,
 * and paragraphs inserted later take a suffix in the draft's language:
 * - English, French, Spanish: Latin multiplicatives "3 bis", "3 ter", "3 quater"…, "PP2 bis";
 * - Russian: "3 бис", "3 тер" (further ranks fall back to the Latin words);
 * - Chinese: "3之二" (bis), "3之三" (ter), "3之四"…;
 * - Arabic: "3 مكرراً" (bis; further ranks fall back to the Latin words).
 * Labels are kept as written; a paragraph inserted after one continues in its style.
 */

export const LATIN_SUFFIXES = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'novies',
  'decies',
  'undecies',
  'duodecies',
  'terdecies',
  'quaterdecies',
  'quinquiesdecies',
  'sexiesdecies',
  'septiesdecies',
  'octiesdecies',
  'noviesdecies',
  'vicies',
] as const;

/** Russian suffixes, rank 2 first. Only the two the room uses routinely; beyond them Latin. */
export const RUSSIAN_SUFFIXES = ['бис', 'тер'] as const;
/** Arabic "bis", with and without the final alif and tanwin. */
export const ARABIC_BIS = ['مكرراً', 'مكررًا', 'مكررا', 'مكرر'] as const;

export type LabelStyle = 'latin' | 'russian' | 'chinese' | 'arabic';

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 2 → "二", 10 → "十", 12 → "十二", 20 → "二十", 23 → "二十三" (1–99). */
export function chineseNumeral(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) return CHINESE_DIGITS[units] ?? '';
  return `${tens === 1 ? '' : (CHINESE_DIGITS[tens] ?? '')}十${CHINESE_DIGITS[units] ?? ''}`;
}

/** The inverse of chineseNumeral; null for anything else. */
export function parseChineseNumeral(text: string): number | null {
  const match = /^([二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tensDigit = '', ten = '', unitDigit = ''] = match;
  if (!ten && tensDigit && unitDigit) return null;
  const digit = (char: string) => (CHINESE_DIGITS as readonly string[]).indexOf(char);
  if (!ten) return digit(tensDigit || unitDigit);
  return (tensDigit ? digit(tensDigit) : 1) * 10 + (unitDigit ? digit(unitDigit) : 0);
}

const LATIN_PATTERN = new RegExp(`^(.*?)\\s+(${LATIN_SUFFIXES.join('|')})$`, 'i');
const RUSSIAN_PATTERN = new RegExp(`^(.*?)\\s*(${RUSSIAN_SUFFIXES.join('|')})$`, 'i');
const ARABIC_PATTERN = new RegExp(`^(.*?)\\s*(${ARABIC_BIS.join('|')})$`);
const CHINESE_PATTERN = /^(.*?)\s*之\s*([一二三四五六七八九十]+)$/;

export interface ParsedLabel {
  base: string;
  /** 1 for a plain label, 2 for bis, 3 for ter… */
  rank: number;
  /** How the suffix is written; `latin` for a plain label. */
  style: LabelStyle;
}

/** Splits "3 ter" into base "3" and rank 3 (bis = 2), "3之二" into "3" and 2; a plain label has rank 1. */
export function parseLabel(label: string): ParsedLabel {
  const trimmed = label.trim();
  const latin = LATIN_PATTERN.exec(trimmed);
  if (latin) {
    const index = (LATIN_SUFFIXES as readonly string[]).indexOf((latin[2] ?? '').toLowerCase());
    return { base: latin[1] ?? trimmed, rank: index + 2, style: 'latin' };
  }
  const chinese = CHINESE_PATTERN.exec(trimmed);
  const chineseRank = chinese ? parseChineseNumeral(chinese[2] ?? '') : null;
  if (chinese && chineseRank !== null && chineseRank >= 2) return { base: chinese[1] ?? trimmed, rank: chineseRank, style: 'chinese' };
  const russian = RUSSIAN_PATTERN.exec(trimmed);
  if (russian && /\d$/.test(russian[1] ?? '')) {
    const index = (RUSSIAN_SUFFIXES as readonly string[]).indexOf((russian[2] ?? '').toLowerCase());
    return { base: russian[1] ?? trimmed, rank: index + 2, style: 'russian' };
  }
  const arabic = ARABIC_PATTERN.exec(trimmed);
  if (arabic && /\d$/.test(arabic[1] ?? '')) return { base: arabic[1] ?? trimmed, rank: 2, style: 'arabic' };
  return { base: trimmed, rank: 1, style: 'latin' };
}

/**
 * "3" with rank 1, "3 bis" with rank 2…; beyond vicies (20) the rank is written as a number.
 * Chinese writes "3之二"; Russian "3 бис", "3 тер"; Arabic "3 مكرراً". Ranks those languages have
 * no settled word for here fall back to the Latin suffix, which every language version understands.
 */
export function formatLabel(base: string, rank: number, style: LabelStyle = 'latin'): string {
  if (rank <= 1) return base;
  if (style === 'chinese' && rank < 100) return `${base}之${chineseNumeral(rank)}`;
  if (style === 'russian' && RUSSIAN_SUFFIXES[rank - 2]) return `${base} ${RUSSIAN_SUFFIXES[rank - 2]}`;
  if (style === 'arabic' && rank === 2) return `${base} ${ARABIC_BIS[0]}`;
  const suffix = LATIN_SUFFIXES[rank - 2];
  return suffix ? `${base} ${suffix}` : `${base} (${rank})`;
}

/**
 * The label of a paragraph inserted after `afterLabel`: the next free suffix of the same base.
 * "3" → "3 bis"; "3" again (3 bis taken) → "3 ter"; after "3 bis" → "3 ter"; after "3之二" →
 * "3之三". The suffix style is the one `afterLabel` is written in, or else the one the other
 * labels of the draft use (a Chinese draft's "3" is followed by "3之二").
 * Labels compare case- and space-insensitively, so "3 Bis" counts as taken.
 */
export function nextInsertedLabel(afterLabel: string, existingLabels: Iterable<string>): string {
  const taken = new Set<string>();
  let draftStyle: LabelStyle | null = null;
  for (const label of existingLabels) {
    taken.add(normaliseLabel(label));
    const parsed = parseLabel(label);
    if (!draftStyle && parsed.rank > 1) draftStyle = parsed.style;
  }
  const { base, rank, style } = parseLabel(afterLabel);
  const writeAs = rank > 1 ? style : (draftStyle ?? 'latin');
  let next = rank + 1;
  while (taken.has(normaliseLabel(formatLabel(base, next, writeAs)))) next += 1;
  return formatLabel(base, next, writeAs);
}

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface LabelledParagraph {
  id: string;
  kind: ParagraphKind;
  label: string;
  status: ParagraphStatus;
}

export const FORMER_PREFIX = 'former ';

/**
 * New labels after renumbering, keyed by paragraph id (every id is present).
 * PP paragraphs are numbered "PP1", "PP2"…, OP paragraphs "1", "2"…, in document order, each
 * series independently. Deleted paragraphs stay on screen struck through but are skipped in
 * the numbering and keep their old label, so the room can still say "former 3"; when that old
 * label would collide with a live paragraph's new label it becomes "former 3" explicitly.
 */
export function renumberLabels(paragraphs: readonly LabelledParagraph[]): Record<string, string> {
  const labels: Record<string, string> = {};
  const counters: Record<ParagraphKind, number> = { PP: 0, OP: 0 };
  for (const paragraph of paragraphs) {
    if (paragraph.status === 'deleted') continue;
    counters[paragraph.kind] += 1;
    const number = counters[paragraph.kind];
    labels[paragraph.id] = paragraph.kind === 'PP' ? `PP${number}` : String(number);
  }
  const live = new Set(Object.values(labels).map(normaliseLabel));
  for (const paragraph of paragraphs) {
    if (paragraph.status !== 'deleted') continue;
    const old = paragraph.label.trim();
    const collides = live.has(normaliseLabel(old)) && !normaliseLabel(old).startsWith(FORMER_PREFIX);
    labels[paragraph.id] = collides ? `${FORMER_PREFIX}${old}` : old;
  }
  return labels;
}
