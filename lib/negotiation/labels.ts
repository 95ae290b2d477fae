import type { ParagraphKind, ParagraphStatus } from './schema';

/**
 * Paragraph labels as the room writes them: preambular "PP1", "PP2"…, operative "1", "2"…,
 * and paragraphs inserted later take Latin multiplicative suffixes: "3 bis", "3 ter",
 * "3 quater"…, "PP2 bis".
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

const SUFFIX_PATTERN = new RegExp(`^(.*?)\\s+(${LATIN_SUFFIXES.join('|')})$`, 'i');

/** Splits "3 ter" into base "3" and rank 3 (bis = 2); a plain label has rank 1. */
export function parseLabel(label: string): { base: string; rank: number } {
  const trimmed = label.trim();
  const match = SUFFIX_PATTERN.exec(trimmed);
  if (!match) return { base: trimmed, rank: 1 };
  const suffix = (match[2] ?? '').toLowerCase();
  const index = (LATIN_SUFFIXES as readonly string[]).indexOf(suffix);
  return { base: match[1] ?? trimmed, rank: index + 2 };
}

/** "3" with rank 1, "3 bis" with rank 2…; beyond vicies (20) the rank is written as a number. */
export function formatLabel(base: string, rank: number): string {
  if (rank <= 1) return base;
  const suffix = LATIN_SUFFIXES[rank - 2];
  return suffix ? `${base} ${suffix}` : `${base} (${rank})`;
}

/**
 * The label of a paragraph inserted after `afterLabel`: the next free suffix of the same base.
 * "3" → "3 bis"; "3" again (3 bis taken) → "3 ter"; after "3 bis" → "3 ter".
 * Labels compare case- and space-insensitively, so "3 Bis" counts as taken.
 */
export function nextInsertedLabel(afterLabel: string, existingLabels: Iterable<string>): string {
  const taken = new Set<string>();
  for (const label of existingLabels) taken.add(normaliseLabel(label));
  const { base, rank } = parseLabel(afterLabel);
  let next = rank + 1;
  while (taken.has(normaliseLabel(formatLabel(base, next)))) next += 1;
  return formatLabel(base, next);
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
