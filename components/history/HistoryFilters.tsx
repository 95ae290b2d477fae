/** Filter the history by paragraph and delegation: a plain GET form, shareable as a link. */
export function HistoryFilters({
  draftId,
  paragraphs,
  delegations,
  paragraphId,
  delegationId,
}: {
  draftId: string;
  paragraphs: ReadonlyArray<{ id: string; label: string }>;
  delegations: ReadonlyArray<{ id: string; name: string }>;
  paragraphId?: string;
  delegationId?: string;
}) {
  return (
    <form className="history-filters" action={`/drafts/${draftId}/history`} method="get" aria-label="Filter the history">
      <label className="inline-label">
        Paragraph
        <select name="paragraphId" defaultValue={paragraphId ?? ''}>
          <option value="">All paragraphs</option>
          {paragraphs.map((paragraph) => (
            <option key={paragraph.id} value={paragraph.id}>
              {paragraph.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-label">
        Delegation
        <select name="delegationId" defaultValue={delegationId ?? ''}>
          <option value="">All delegations</option>
          <option value="CHAIR">Chair</option>
          {delegations.map((delegation) => (
            <option key={delegation.id} value={delegation.id}>
              {delegation.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-quiet">
        Show
      </button>
    </form>
  );
}
