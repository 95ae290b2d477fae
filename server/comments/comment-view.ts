/** A comment as the page and the JSON API show it (docs/PROTOCOL.md, "Comments"). */
export interface CommentView {
  id: string;
  draftId: string;
  /** Null: the draft's general thread. */
  paragraphId: string | null;
  replyToId: string | null;
  delegation: { id: string | null; name: string };
  author: { id: string | null; name: string };
  createdAt: Date;
  /** The text as it reads now; null when withdrawn and the reader is not the secretariat. */
  body: string | null;
  /** The span of paragraph text the comment was about, as it read when the comment was made. */
  quote: string | null;
  edited: boolean;
  /** Every version, oldest first (the last is `body`); empty when the text is withheld. */
  versions: CommentVersionView[];
  withdrawn: { at: Date; by: { id: string | null; name: string } } | null;
}

export interface CommentVersionView {
  id: number;
  body: string;
  editedAt: Date;
  editedBy: { id: string | null; name: string };
}

/** Live comments per thread: `general` for the draft as a whole, then per paragraph id. */
export interface CommentCounts {
  general: number;
  paragraphs: Record<string, number>;
}
