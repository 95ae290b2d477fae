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
 * `bracket--<its id>`: one attribute key per bracket, the same on every run it covers.
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
      attributes[depth === 0 ? MARKS.bracket : `${MARKS.bracket}--${attrs.id}`] = attrs;
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
