import type { RevisionSummary } from '@/lib/revisions/revision-summary';

/** Choose two versions to compare; a plain GET form, so it works before any script has loaded. */
export function ComparePicker({
  draftId,
  revisions,
  from,
  to,
  changesOnly = false,
}: {
  draftId: string;
  revisions: readonly Pick<RevisionSummary, 'id' | 'name'>[];
  from?: string;
  to?: string;
  /** Kept when another pair of versions is chosen. */
  changesOnly?: boolean;
}) {
  const latest = revisions[revisions.length - 1];
  const options = (
    <>
      {revisions.map((revision) => (
        <option key={revision.id} value={revision.id}>
          {revision.name}
        </option>
      ))}
      <option value="current">Current text</option>
    </>
  );
  return (
    <form className="compare-picker" action={`/drafts/${draftId}/revisions/compare`} method="get" aria-label="Compare versions">
      <label className="inline-label">
        Compare
        <select name="from" defaultValue={from ?? latest?.id ?? 'current'} aria-label="From">
          {options}
        </select>
      </label>
      <label className="inline-label">
        with
        <select name="to" defaultValue={to ?? 'current'} aria-label="To">
          {options}
        </select>
      </label>
      {changesOnly ? <input type="hidden" name="changes" value="only" /> : null}
      <button type="submit" className="button-quiet">
        Compare
      </button>
    </form>
  );
}
