/** A revision without its (large) state, as lists and pickers show it. */
export interface RevisionSummary {
  id: string;
  draftId: string;
  name: string;
  note: string | null;
  createdAt: Date;
  createdBy: { id: string | null; name: string };
}
