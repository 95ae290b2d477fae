import { englishOf } from '@/lib/i18n/server-sentences';
import { describeHistoryGroup } from './describe-history-group';
import type { HistoryEntry, HistoryGroup } from '@/lib/history/history-entry';

/** Events further apart than this are separate lines even when nothing came between them. */
const MAX_GAP_MS = 60 * 60 * 1000;

/** Actions whose repetitions read as one line even across paragraphs (the chair walking the room through the text). */
const ACROSS_PARAGRAPHS = new Set(['setFocus']);

/** Groups entries given newest first; the groups keep that order. */
export function groupHistoryEntries(entries: readonly HistoryEntry[]): HistoryGroup[] {
  const runs: HistoryEntry[][] = [];
  for (const entry of entries) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && sameKind(previous, entry) && previous.at.getTime() - entry.at.getTime() <= MAX_GAP_MS) run.push(entry);
    else runs.push([entry]);
  }
  return runs.flatMap(toGroups);
}

function sameKind(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.action === b.action &&
    a.user.id === b.user.id &&
    a.user.name === b.user.name &&
    a.delegation?.id === b.delegation?.id &&
    (ACROSS_PARAGRAPHS.has(a.action) || a.paragraph?.id === b.paragraph?.id)
  );
}

/** A run becomes one group when its action can say so in one sentence; otherwise one line each. */
function toGroups(run: HistoryEntry[]): HistoryGroup[] {
  const newest = run[0];
  const oldest = run[run.length - 1];
  if (!newest || !oldest) return [];
  const sentence = run.length > 1 ? describeHistoryGroup(run) : newest.sentence;
  if (sentence === null) return run.map((entry) => toGroups([entry])).flat();
  const paragraphs = new Set(run.map((entry) => entry.paragraph?.id ?? null));
  return [
    {
      action: newest.action,
      summary: run.length > 1 ? englishOf(sentence) : newest.summary,
      sentence,
      count: run.length,
      from: oldest.at,
      to: newest.at,
      user: newest.user,
      delegation: newest.delegation,
      paragraph: paragraphs.size === 1 ? newest.paragraph : null,
      eventIds: run.map((entry) => entry.id),
    },
  ];
}
