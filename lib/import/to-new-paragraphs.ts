import type { NewParagraph, TextRun } from '@/lib/negotiation/draft-doc';
import { bracketAttrs } from '@/lib/negotiation/marks';
import { MARKS, type BracketMarkAttrs } from '@/lib/negotiation/schema';
import { matchDelegation, type MeetingDelegation } from './attribution';
import type { ImportedBracket, ImportedParagraph, ImportedRun } from './types';

/**
 * The imported paragraphs as the document's initial paragraphs: every one open, every bracket a
 * bracket mark with a fresh id, placed by the person who imported the text (the document records
 * who bracketed what, and at import that is the secretariat officer). Alternatives of one spot
 * share a fresh spot id. An attribution that names exactly one delegation of the meeting becomes
 * the bracket's `delegation`; any other attribution is kept word for word as its `note`.
 *
 * The outermost bracket of a run is stored under `bracket`, each inner one under
 * `bracket--<8 characters of its id>`: one attribute key per bracket, the same on every run it
 * covers, in the shape y-tiptap gives overlapping marks (it strips exactly eight characters of
 * [A-Za-z0-9+/=] after "--" to find the mark's name).
 */
export function toNewParagraphs(
  paragraphs: readonly ImportedParagraph[],
  { bracketedBy, newId, delegations = [] }: { bracketedBy: string; newId: () => string; delegations?: readonly MeetingDelegation[] },
): NewParagraph[] {
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (!id) {
      id = newId();
      ids.set(key, id);
    }
    return id;
  };
  const keys = new Map<string, string>();
  const usedKeys = new Set<string>();
  const keyOf = (bracketKey: string, id: string): string => {
    const known = keys.get(bracketKey);
    if (known) return known;
    const key = freshKey(id, usedKeys);
    keys.set(bracketKey, key);
    usedKeys.add(key);
    return key;
  };
  const attrsOf = (bracket: ImportedBracket): BracketMarkAttrs => {
    const delegation = bracket.attribution ? matchDelegation(bracket.attribution, delegations) : null;
    return bracketAttrs({
      id: idOf(`bracket:${bracket.key}`),
      by: bracketedBy,
      spot: bracket.spot ? idOf(`spot:${bracket.spot}`) : null,
      form: bracket.form ?? null,
      option: bracket.option ?? null,
      noText: bracket.noText === true,
      delegation,
      note: bracket.attribution && !delegation ? bracket.attribution : null,
    });
  };
  const toRun = (run: ImportedRun): TextRun => {
    if (run.brackets.length === 0) return { insert: run.text };
    const attributes: Record<string, BracketMarkAttrs> = {};
    run.brackets.forEach((bracket, depth) => {
      const attrs = attrsOf(bracket);
      attributes[depth === 0 ? MARKS.bracket : keyOf(bracket.key, attrs.id)] = attrs;
    });
    return { insert: run.text, attributes };
  };
  return paragraphs.map((paragraph) => ({
    id: newId(),
    label: paragraph.label,
    kind: paragraph.kind,
    status: 'open',
    runs: paragraph.runs.map(toRun),
  }));
}

/** `bracket--` and eight characters taken from the bracket's id, distinct from every key handed out before. */
function freshKey(id: string, used: ReadonlySet<string>): string {
  const characters = id.replace(/[^A-Za-z0-9]/g, '').padEnd(8, '0');
  for (let start = 0; start + 8 <= characters.length; start += 1) {
    const key = `${MARKS.bracket}--${characters.slice(start, start + 8)}`;
    if (!used.has(key)) return key;
  }
  for (let counter = used.size; ; counter += 1) {
    const key = `${MARKS.bracket}--${counter.toString(36).padStart(8, '0').slice(-8)}`;
    if (!used.has(key)) return key;
  }
}

export interface ImportCounts {
  preambular: number;
  operative: number;
  /** Brackets other than options (each alternative of a spot is one). */
  brackets: number;
  /** Spots with alternatives written in adjacent brackets or separated by " / ". */
  alternativeSpots: number;
  options: number;
  attributions: number;
}

/** What the preview reports: counts per series and of the negotiating structure found. */
export function countImport(paragraphs: readonly ImportedParagraph[]): ImportCounts {
  let preambular = 0;
  const brackets = new Map<string, ImportedBracket>();
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'PP') preambular += 1;
    for (const run of paragraph.runs) for (const bracket of run.brackets) brackets.set(bracket.key, bracket);
  }
  const all = [...brackets.values()];
  const spots = new Set(all.filter((b) => b.spot && b.form !== 'option').map((b) => b.spot));
  return {
    preambular,
    operative: paragraphs.length - preambular,
    brackets: all.filter((b) => b.form !== 'option').length,
    alternativeSpots: spots.size,
    options: all.filter((b) => b.form === 'option').length,
    attributions: all.filter((b) => b.attribution).length,
  };
}
