import { useTranslations } from 'next-intl';
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
  const t = useTranslations('compare');
  const latest = revisions[revisions.length - 1];
  const options = (
    <>
      {revisions.map((revision) => (
        <option key={revision.id} value={revision.id}>
          {revision.name}
        </option>
      ))}
      <option value="current">{t('currentText')}</option>
    </>
  );
  return (
    <form className="compare-picker" action={`/drafts/${draftId}/revisions/compare`} method="get" aria-label={t('versions')}>
      <label className="inline-label">
        {t('compareLabel')}
        <select name="from" defaultValue={from ?? latest?.id ?? 'current'} aria-label={t('from')}>
          {options}
        </select>
      </label>
      <label className="inline-label">
        {t('with')}
        <select name="to" defaultValue={to ?? 'current'} aria-label={t('to')}>
          {options}
        </select>
      </label>
      {changesOnly ? <input type="hidden" name="changes" value="only" /> : null}
      <button type="submit" className="button-quiet">
        {t('submit')}
      </button>
    </form>
  );
}
