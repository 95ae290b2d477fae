import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { formatMoment } from '@/components/comments/format-moment';
import { buildAttributions } from '@/components/revisions/attributions';
import { RevisionDocument } from '@/components/revisions/RevisionDocument';
import { listDelegations } from '@/server/meetings/list-delegations';
import { loadDraftVersion } from '@/server/revisions/load-draft-version';
import { readParagraphTexts } from '@/server/revisions/read-paragraph-texts';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { AppError } from '@/server/http/app-error';
import { draftPageTitle } from '@/server/i18n/draft-page-title';
import { wordName } from '@/server/i18n/word-name';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const t = await getTranslations('revisions');
  return { title: await draftPageTitle({ draftId, page: t('revision') }) };
}

export default async function RevisionPage({ params }: { params: Promise<{ draftId: string; revisionId: string }> }) {
  const { draftId, revisionId } = await params;
  const { db, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/revisions/${revisionId}` });
  const version = await loadDraftVersion({ db, draftId, ref: revisionId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  const delegations = await listDelegations({ db, meetingId: access.meetingId });
  const paragraphs = readParagraphTexts(version.doc);
  version.doc.destroy();
  const revision = version.revision;
  if (!revision) notFound();
  const [t, locale, creator] = await Promise.all([getTranslations('revisions'), getLocale(), wordName({ named: revision.createdBy })]);

  return (
    <div className="revision-page">
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href={`/drafts/${draftId}`}>{access.draft.title}</Link>›<Link href={`/drafts/${draftId}/revisions`}>{t('title')}</Link>›
        <span>{revision.name}</span>
      </nav>
      <h1>
        {access.draft.title} — {revision.name}
      </h1>
      <p className="muted revision-meta">
        {t('takenBy', { when: formatMoment(revision.createdAt, 'UTC', locale), name: creator })}
        {revision.note ? <> {t('noteIs', { note: revision.note })}</> : null}
      </p>
      <p className="room-links">
        <Link href={`/drafts/${draftId}/revisions/compare?from=${revision.id}&to=current`}>{t('compareWithCurrentText')}</Link>
      </p>
      <RevisionDocument paragraphs={paragraphs} attributions={buildAttributions(delegations)} language={access.draft.originalLanguage} />
    </div>
  );
}
