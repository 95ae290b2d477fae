import { useTranslations } from 'next-intl';
import type { DelegationNamer } from './delegation-names';
import type { DraftView } from './draft-view';

/** The colour key for the delegations that have proposals on the screen. */
export function Legend({ view, names }: { view: DraftView; names: DelegationNamer }) {
  const t = useTranslations('draft.room');
  if (view.delegationsInPlay.length === 0) return null;
  return (
    <ul className="legend" aria-label={t('legend')}>
      {view.delegationsInPlay.map((id) => (
        <li key={id} className="legend-item">
          <span className="delegation-code" data-color-index={names.colorKey(id)}>
            {names.shortName(id)}
          </span>
          {names.name(id)}
        </li>
      ))}
    </ul>
  );
}
