import type { ImportedBracket, ImportedRun } from './types';

/**
 * The negotiating structure an import found in one paragraph, for the preview: its brackets
 * (with their depth, 0 outermost), its spots with alternatives, its options and every
 * attribution, each with the text it covers.
 */

export interface BracketSummary {
  /** 0 for a bracket outside every other bracket (options are not counted as brackets). */
  depth: number;
  text: string;
  attribution: string | null;
}

export interface SpotSummary {
  form: 'adjacent' | 'slash';
  alternatives: Array<{ text: string; attribution: string | null }>;
}

export interface OptionSummary {
  label: string;
  text: string;
  noText: boolean;
  attribution: string | null;
}

export interface ParagraphStructure {
  brackets: BracketSummary[];
  spots: SpotSummary[];
  options: OptionSummary[];
}

export function describeParagraph(runs: readonly ImportedRun[]): ParagraphStructure {
  const found = new Map<string, { bracket: ImportedBracket; depth: number; text: string }>();
  for (const run of runs) {
    let depth = 0;
    for (const bracket of run.brackets) {
      const entry = found.get(bracket.key) ?? { bracket, depth, text: '' };
      entry.text += run.text;
      found.set(bracket.key, entry);
      if (bracket.form !== 'option') depth += 1;
    }
  }
  const entries = [...found.values()];
  const brackets: BracketSummary[] = [];
  const spots = new Map<string, SpotSummary>();
  const options: OptionSummary[] = [];
  for (const { bracket, depth, text } of entries) {
    const attribution = bracket.attribution ?? null;
    if (bracket.form === 'option') {
      options.push({ label: bracket.option ?? '', text, noText: bracket.noText === true, attribution });
      continue;
    }
    brackets.push({ depth, text, attribution });
    if (bracket.spot && bracket.form) {
      const spot = spots.get(bracket.spot) ?? { form: bracket.form, alternatives: [] };
      spot.alternatives.push({ text, attribution });
      spots.set(bracket.spot, spot);
    }
  }
  return { brackets, spots: [...spots.values()], options };
}
