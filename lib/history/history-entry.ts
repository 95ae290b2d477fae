import type { WireSentence } from '@/lib/i18n/server-sentences';

/** A name the server may have had to make up ("Former participant", "Chair"): `said` words it in the reader's language. */
interface Named {
  name: string;
  said?: WireSentence;
}

/** One event of a draft's history as the history page and the API show it. */
export interface HistoryEntry {
  id: number;
  at: Date;
  action: string;
  /** What happened, in one English sentence ("Accepted the proposal to insert “hereby”"). */
  summary: string;
  /** The same sentence as a key and parameters, for the reader's language. */
  sentence: WireSentence;
  user: { id: string | null } & Named;
  delegation: ({ id: string } & Named) | null;
  paragraph: { id: string; label: string; said?: WireSentence } | null;
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
  sentence: WireSentence;
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
