import type { WireSentence } from '@/lib/i18n/server-sentences';

/** A person or delegation; `said` words a name the server made up ("Former participant", "Chair"). */
interface Named {
  id: string | null;
  name: string;
  said?: WireSentence;
}

/** A comment as the page and the JSON API show it (docs/PROTOCOL.md, "Comments"). */
export interface CommentView {
  id: string;
  draftId: string;
  /** Null: the draft's general thread. */
  paragraphId: string | null;
  replyToId: string | null;
  delegation: Named;
  author: Named;
  createdAt: Date;
  /** The text as it reads now; null when withdrawn and the reader is not the secretariat. */
  body: string | null;
  /** The span of paragraph text the comment was about, as it read when the comment was made. */
  quote: string | null;
  edited: boolean;
  /** Every version, oldest first (the last is `body`); empty when the text is withheld. */
  versions: CommentVersionView[];
  withdrawn: { at: Date; by: Named } | null;
}

export interface CommentVersionView {
  id: number;
  body: string;
  editedAt: Date;
  editedBy: Named;
}

/** Live comments per thread: `general` for the draft as a whole, then per paragraph id. */
export interface CommentCounts {
  general: number;
  paragraphs: Record<string, number>;
}
