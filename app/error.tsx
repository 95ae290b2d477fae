'use client';

import { useTranslations } from 'next-intl';

/**
 * Shown when a page could not be rendered, most often because the database is unreachable for
 * a moment. Nothing accepted is lost: every edit is stored before anyone sees it.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <section className="card error-page" role="alert">
      <h1>{t('loadTitle')}</h1>
      <p>{t('loadBody')}</p>
      <button type="button" className="button-primary" onClick={() => reset()}>
        {t('tryAgain')}
      </button>
    </section>
  );
}
