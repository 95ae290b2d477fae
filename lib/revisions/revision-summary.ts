import type { WireSentence } from '@/lib/i18n/server-sentences';

/** A revision without its (large) state, as lists and pickers show it. */
export interface RevisionSummary {
  id: string;
  draftId: string;
  name: string;
  note: string | null;
  createdAt: Date;
  /** `said` when the person's account is gone ("Former participant"). */
  createdBy: { id: string | null; name: string; said?: WireSentence };
}
