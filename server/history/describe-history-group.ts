import type { HistoryEntry } from '@/lib/history/history-entry';

/**
 * One sentence for several consecutive events of the same kind by the same person, or null when
 * the events cannot be told apart in one sentence and should stay separate lines.
 */
export function describeHistoryGroup(run: readonly HistoryEntry[]): string | null {
  const action = run[0]?.action;
  if (action === undefined) return null;
  const describe = GROUP_DESCRIPTIONS[action];
  if (describe) return describe(chronological(run));
  return sameSummary(run) ? `${run[0]?.summary ?? action} (${times(run.length)})` : null;
}

type DescribeGroup = (run: readonly HistoryEntry[]) => string;

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const chronological = (run: readonly HistoryEntry[]): HistoryEntry[] => [...run].reverse();
const sameSummary = (run: readonly HistoryEntry[]): boolean => new Set(run.map((entry) => entry.summary)).size === 1;

/** "the CRP (Word) ×5, the CRP (PDF) ×3", in order of first appearance. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => (n === 1 ? value : `${value} ×${n}`)).join(', ');
}

/** "“a”, “b” and 3 more": the first few of a list, so a long run stays one line. */
function firstFew(values: readonly string[], max = 3): string {
  const shown = values.slice(0, max).join('; ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

/** The part of a summary after its verb phrase: "Accepted the proposal to insert “x”" → "to insert “x”". */
const after = (summary: string, prefix: string): string => (summary.startsWith(prefix) ? summary.slice(prefix.length).trim() : summary);

function exports(run: readonly HistoryEntry[]): string {
  if (sameSummary(run)) return `${run[0]?.summary ?? 'Exported the draft'} ${times(run.length)}`;
  return `Exported the draft ${times(run.length)}: ${tally(run.map((entry) => after(entry.summary, 'Exported')))}`;
}

function decisions(verb: string, prefix: string): DescribeGroup {
  return (run) => `${verb} ${plural(run.length, 'proposal', 'proposals')}: ${firstFew(run.map((entry) => after(entry.summary, prefix)))}`;
}

/** Rejected by the chair, or fallen with an alternative that was kept: each said as such. */
function rejections(run: readonly HistoryEntry[]): string {
  const fell = run.filter((entry) => entry.summary.startsWith('The proposal'));
  const rejected = run.filter((entry) => !entry.summary.startsWith('The proposal'));
  const what = (entries: readonly HistoryEntry[], prefix: string) => firstFew(entries.map((entry) => after(entry.summary, prefix).replace(/ fell when another alternative was kept$/, '')));
  const parts = [
    rejected.length > 0 ? `Rejected ${plural(rejected.length, 'proposal', 'proposals')}: ${what(rejected, 'Rejected the proposal')}` : '',
    fell.length > 0 ? `${rejected.length > 0 ? 'and' : ''} ${plural(fell.length, 'proposal', 'proposals')} fell with the alternative kept: ${what(fell, 'The proposal')}` : '',
  ];
  const sentence = parts.join(' ').replace(/\s+/g, ' ').trim();
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function positions(run: readonly HistoryEntry[]): string {
  const count = (position: unknown) => run.filter((entry) => entry.details.position === position).length;
  const supported = count('support');
  const opposed = count('oppose');
  const withdrawn = run.length - supported - opposed;
  const parts = [
    supported > 0 ? `supported ${plural(supported, 'proposal', 'proposals')}` : '',
    opposed > 0 ? `opposed ${plural(opposed, 'proposal', 'proposals')}` : '',
    withdrawn > 0 ? `withdrew ${plural(withdrawn, 'position', 'positions')}` : '',
  ].filter((part) => part !== '');
  const sentence = parts.join(', ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function focus(run: readonly HistoryEntry[]): string {
  const labels = run.flatMap((entry) => (typeof entry.details.label === 'string' ? [entry.details.label] : []));
  const last = run[run.length - 1];
  const ending = last && typeof last.details.label !== 'string' ? ', then cleared the focus' : '';
  if (labels.length === 0) return `Cleared the room’s focus ${times(run.length)}`;
  return `Took the room through paragraphs ${firstFew(labels, 6).replace(/; /g, ', ')}${ending}`;
}

function comments(run: readonly HistoryEntry[]): string {
  const replies = run.filter((entry) => typeof entry.details.replyTo === 'string' && entry.details.replyTo !== '').length;
  const fresh = run.length - replies;
  const parts = [fresh > 0 ? plural(fresh, 'comment', 'comments') : '', replies > 0 ? plural(replies, 'reply', 'replies') : ''];
  return `Wrote ${parts.filter((part) => part !== '').join(' and ')}`;
}

function refusals(run: readonly HistoryEntry[]): string {
  const reasons = new Set(run.map((entry) => (typeof entry.details.reason === 'string' ? entry.details.reason : '')));
  const [reason] = reasons;
  const because = reasons.size === 1 && reason ? `: ${reason}` : '';
  return `${plural(run.length, 'change was', 'changes were')} refused${because}`;
}

function moves(run: readonly HistoryEntry[]): string {
  const first = run[0]?.details.from;
  const last = run[run.length - 1]?.details.to;
  return `Moved the paragraph ${times(run.length)} (position ${Number(first) + 1} → ${Number(last) + 1})`;
}

const GROUP_DESCRIPTIONS: Record<string, DescribeGroup> = {
  'draft.export': exports,
  acceptProposal: decisions('Accepted', 'Accepted the proposal'),
  rejectProposal: rejections,
  withdrawProposal: decisions('Withdrew', 'Withdrew the proposal'),
  setPosition: positions,
  setFocus: focus,
  comment: comments,
  comment_edit: (run) => `Edited comments ${times(run.length)}`,
  comment_withdraw: (run) => `Withdrew ${plural(run.length, 'comment', 'comments')}`,
  'update.refused': refusals,
  moveParagraph: moves,
  liftBracket: (run) => `Lifted ${plural(run.length, 'pair of brackets', 'pairs of brackets')}: ${firstFew(run.map((entry) => after(entry.summary, 'Lifted the brackets around')))}`,
  setStatus: (run) => `Changed the status ${times(run.length)}: ${firstFew(run.map((entry) => entry.summary.replace(/^Status /, '')))}`,
};
