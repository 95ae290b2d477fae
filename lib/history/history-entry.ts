/** One event of a draft's history as the history page and the API show it. */
export interface HistoryEntry {
  id: number;
  at: Date;
  action: string;
  /** What happened, in one sentence ("Accepted the proposal to insert “hereby”"). */
  summary: string;
  user: { id: string | null; name: string };
  delegation: { id: string; name: string } | null;
  paragraph: { id: string; label: string } | null;
  proposalId: string | null;
  details: Record<string, unknown>;
}

/**
 * One line of the history: consecutive events of the same kind by the same person, for the same
 * delegation and paragraph ("Exported the CRP (Word) 8 times"). A single event is a group of one.
 */
export interface HistoryGroup {
  action: string;
  summary: string;
  count: number;
  /** The oldest and newest event of the group. */
  from: Date;
  to: Date;
  user: HistoryEntry['user'];
  delegation: HistoryEntry['delegation'];
  /** The paragraph every event of the group concerns, or null when they concern different ones. */
  paragraph: HistoryEntry['paragraph'];
  /** Newest first, as the entries came. */
  eventIds: number[];
}
