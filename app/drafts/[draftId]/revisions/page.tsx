import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/negotiation/policy';
import { formatMoment } from '@/components/comments/format-moment';
import { ComparePicker } from '@/components/revisions/ComparePicker';
import { TakeRevisionForm } from '@/components/revisions/TakeRevisionForm';
import { listRevisions } from '@/server/revisions/list-revisions';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { draftPageTitle } from '@/server/i18n/draft-page-title';
import { wordName } from '@/server/i18n/word-name';
import { suggestRevisionName } from '@/server/revisions/suggest-revision-name';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const t = await getTranslations('revisions');
  return { title: await draftPageTitle({ draftId, page: t('title') }) };
}

export default async function RevisionsPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const { db, user, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/revisions` });
  const revisions = await listRevisions({ db, draftId });
  const [t, locale, creators] = await Promise.all([
    getTranslations('revisions'),
    getLocale(),
    Promise.all(revisions.map((revision) => wordName({ named: revision.createdBy }))),
  ]);
  const mayTake = can({ userId: user.id, role: access.role, delegationId: access.delegationId }, 'takeRevision');

  return (
    <div className="revisions-page">
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href={`/meetings/${access.meetingId}`}>{t('meeting')}</Link>›<Link href={`/drafts/${draftId}`}>{access.draft.title}</Link>›
        <span>{t('title')}</span>
      </nav>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t.rich('intro', { title: access.draft.title, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      {mayTake ? <TakeRevisionForm draftId={draftId} suggestedName={suggestRevisionName(revisions.map((r) => r.name))} /> : null}
      <section className="card" aria-labelledby="revision-list-title">
        <h2 id="revision-list-title">{t('taken')}</h2>
        {revisions.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <>
            <table className="data-table" data-testid="revision-list">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('takenAt')}</th>
                  <th scope="col">{t('by')}</th>
                  <th scope="col">{t('note')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((revision, index) => (
                  <tr key={revision.id}>
                    <td>
                      <Link href={`/drafts/${draftId}/revisions/${revision.id}`}>{revision.name}</Link>
                    </td>
                    <td>{formatMoment(revision.createdAt, 'UTC', locale)}</td>
                    <td>{creators[index] ?? revision.createdBy.name}</td>
                    <td>{revision.note ?? ''}</td>
                    <td>
                      <Link href={`/drafts/${draftId}/revisions/compare?from=${revision.id}&to=current`}>{t('compareWithCurrent')}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ComparePicker draftId={draftId} revisions={revisions} />
          </>
        )}
      </section>
    </div>
  );
}
