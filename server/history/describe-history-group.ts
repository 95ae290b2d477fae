import type { HistoryEntry } from '@/lib/history/history-entry';
import { say, type SentenceParam, type WireSentence } from '@/lib/i18n/server-sentences';
import { exportedDocument, fellWithAlternative, proposalWords } from './describe-history-event';
import { firstFew, joined, quoted, refusalReason, status, text } from './history-words';

/**
 * One sentence for several consecutive events of the same kind by the same person, or null when
 * the events cannot be told apart in one sentence and should stay separate lines. It reads what
 * the events recorded (their details and sentences), never their English.
 */
export function describeHistoryGroup(run: readonly HistoryEntry[]): WireSentence | null {
  const first = run[0];
  if (first === undefined) return null;
  const describe = GROUP_DESCRIPTIONS[first.action];
  if (describe) return describe(chronological(run));
  return sameSentence(run) ? say('server.history.group.repeatedBracketed', { line: first.sentence, count: run.length }) : null;
}

type DescribeGroup = (run: readonly HistoryEntry[]) => WireSentence;

const chronological = (run: readonly HistoryEntry[]): HistoryEntry[] => [...run].reverse();
const sameSentence = (run: readonly HistoryEntry[]): boolean => new Set(run.map((entry) => JSON.stringify(entry.sentence))).size === 1;
const proposal = (entry: HistoryEntry): SentenceParam => proposalWords(entry.details) ?? '…';

/** "the CRP (Word) ×5, the CRP (PDF) ×3", in order of first appearance. */
function tally(documents: readonly WireSentence[]): SentenceParam {
  const counts = new Map<string, { document: WireSentence; count: number }>();
  for (const document of documents) {
    const key = JSON.stringify(document);
    const seen = counts.get(key);
    counts.set(key, { document, count: (seen?.count ?? 0) + 1 });
  }
  const parts = [...counts.values()].map(({ document, count }) => (count === 1 ? document : say('server.history.group.tallied', { document, count })));
  return joined(parts, true);
}

function exports(run: readonly HistoryEntry[]): WireSentence {
  const first = run[0];
  if (first && sameSentence(run)) return say('server.history.group.repeated', { line: first.sentence, count: run.length });
  return say('server.history.group.exports', { count: run.length, documents: tally(run.map((entry) => exportedDocument(entry.details))) });
}

/** Rejected by the chair, or fallen with an alternative that was kept: each said as such. */
function rejections(run: readonly HistoryEntry[]): WireSentence {
  const fell = run.filter((entry) => fellWithAlternative(entry.details));
  const rejected = run.filter((entry) => !fellWithAlternative(entry.details));
  const fellList = firstFew(fell.map(proposal));
  const rejectedList = firstFew(rejected.map(proposal));
  if (fell.length === 0) return say('server.history.group.rejected', { count: rejected.length, list: rejectedList });
  if (rejected.length === 0) return say('server.history.group.fell', { count: fell.length, list: fellList });
  return say('server.history.group.rejectedAndFell', { rejected: rejected.length, rejectedList, fell: fell.length, fellList });
}

function positions(run: readonly HistoryEntry[]): WireSentence {
  const count = (position: unknown) => run.filter((entry) => entry.details.position === position).length;
  const supported = count('support');
  const opposed = count('oppose');
  const withdrawn = run.length - supported - opposed;
  let sentence: WireSentence | null = supported > 0 ? say('server.history.group.supported', { count: supported }) : null;
  if (opposed > 0) sentence = sentence ? say('server.history.group.thenOpposed', { first: sentence, count: opposed }) : say('server.history.group.opposed', { count: opposed });
  if (withdrawn > 0) {
    sentence = sentence ? say('server.history.group.thenWithdrew', { first: sentence, count: withdrawn }) : say('server.history.group.positionsWithdrawn', { count: withdrawn });
  }
  return sentence ?? say('server.history.group.positionsWithdrawn', { count: 0 });
}

function focus(run: readonly HistoryEntry[]): WireSentence {
  const labels = run.flatMap((entry) => (typeof entry.details.label === 'string' ? [entry.details.label] : []));
  if (labels.length === 0) return say('server.history.group.focusCleared', { count: run.length });
  const cleared = typeof run[run.length - 1]?.details.label !== 'string';
  return say(cleared ? 'server.history.group.focusThenCleared' : 'server.history.group.focus', { labels: firstFew(labels, { max: 6, commas: true }) });
}

function comments(run: readonly HistoryEntry[]): WireSentence {
  const replies = run.filter((entry) => text(entry.details.replyTo) !== null).length;
  const fresh = run.length - replies;
  if (replies === 0) return say('server.history.group.comments', { count: fresh });
  if (fresh === 0) return say('server.history.group.replies', { count: replies });
  return say('server.history.group.commentsAndReplies', { comments: fresh, replies });
}

function refusals(run: readonly HistoryEntry[]): WireSentence {
  const reasons = new Map(run.map((entry) => {
    const reason = refusalReason(entry.details);
    return [JSON.stringify(reason), reason];
  }));
  const [reason] = reasons.values();
  return reasons.size === 1 && reason
    ? say('server.history.group.refusedBecause', { count: run.length, reason })
    : say('server.history.group.refused', { count: run.length });
}

function moves(run: readonly HistoryEntry[]): WireSentence {
  const from = Number(run[0]?.details.from) + 1;
  const to = Number(run[run.length - 1]?.details.to) + 1;
  return say('server.history.group.moved', { count: run.length, from, to });
}

/** "open → agreed" for each change; a reopening keeps its own sentence. */
function statusChanges(run: readonly HistoryEntry[]): WireSentence {
  const changes = run.map((entry): SentenceParam =>
    entry.details.reopened === true ? entry.sentence : say('server.history.statusChange', { from: status(entry.details.from), to: status(entry.details.to) }),
  );
  return say('server.history.group.statusChanged', { count: run.length, list: firstFew(changes) });
}

const GROUP_DESCRIPTIONS: Record<string, DescribeGroup> = {
  'draft.export': exports,
  acceptProposal: (run) => say('server.history.group.accepted', { count: run.length, list: firstFew(run.map(proposal)) }),
  rejectProposal: rejections,
  withdrawProposal: (run) => say('server.history.group.withdrew', { count: run.length, list: firstFew(run.map(proposal)) }),
  setPosition: positions,
  setFocus: focus,
  comment: comments,
  comment_edit: (run) => say('server.history.group.commentsEdited', { count: run.length }),
  comment_withdraw: (run) => say('server.history.group.commentsWithdrawn', { count: run.length }),
  'update.refused': refusals,
  moveParagraph: moves,
  liftBracket: (run) => say('server.history.group.lifted', { count: run.length, list: firstFew(run.map((entry) => quoted(entry.details.text) ?? '…')) }),
  setStatus: statusChanges,
};
