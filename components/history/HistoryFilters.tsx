import { useTranslations } from 'next-intl';

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
  const t = useTranslations('history');
  return (
    <form className="history-filters" action={`/drafts/${draftId}/history`} method="get" aria-label={t('filter')}>
      <label className="inline-label">
        {t('paragraph')}
        <select name="paragraphId" defaultValue={paragraphId ?? ''}>
          <option value="">{t('allParagraphs')}</option>
          {paragraphs.map((paragraph) => (
            <option key={paragraph.id} value={paragraph.id}>
              {paragraph.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-label">
        {t('delegation')}
        <select name="delegationId" defaultValue={delegationId ?? ''}>
          <option value="">{t('allDelegations')}</option>
          <option value="CHAIR">{t('chair')}</option>
          {delegations.map((delegation) => (
            <option key={delegation.id} value={delegation.id}>
              {delegation.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-quiet">
        {t('show')}
      </button>
    </form>
  );
}
