import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ComparePicker } from '@/components/revisions/ComparePicker';
import { ComparisonView } from '@/components/revisions/ComparisonView';
import { AppError } from '@/server/http/app-error';
import { draftPageTitle } from '@/server/i18n/draft-page-title';
import { compareDraftVersions } from '@/server/revisions/compare-draft-versions';
import { listRevisions } from '@/server/revisions/list-revisions';
import { requireDraftPage } from '@/server/drafts/require-draft-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const t = await getTranslations('compare');
  return { title: await draftPageTitle({ draftId, page: t('title') }) };
}

type Search = Promise<{ from?: string | string[]; to?: string | string[]; changes?: string | string[] }>;

export default async function ComparePage({ params, searchParams }: { params: Promise<{ draftId: string }>; searchParams: Search }) {
  const { draftId } = await params;
  const search = await searchParams;
  const { db, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/revisions/compare` });
  const revisions = await listRevisions({ db, draftId });
  const from = single(search.from) ?? revisions[revisions.length - 1]?.id ?? 'current';
  const to = single(search.to) ?? 'current';
  const changesOnly = single(search.changes) === 'only';
  const toggle = new URLSearchParams({ from, to, ...(changesOnly ? {} : { changes: 'only' }) });
  const tServer = await getTranslations('server.revisions');
  const words = { chair: tServer('chair'), unknownDelegation: tServer('unknownDelegation') };
  const result = await compareDraftVersions({ db, draftId, meetingId: access.meetingId, from, to, words }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });

  const t = await getTranslations('compare');
  // The current text has no revision name: it is named in the reader's language.
  const nameOf = (version: { name: string; revision: unknown }) => (version.revision ? version.name : tServer('currentText'));
  return (
    <div className="compare-page">
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href={`/drafts/${draftId}`}>{access.draft.title}</Link>›<Link href={`/drafts/${draftId}/revisions`}>{t('revisions')}</Link>›
        <span>{t('title')}</span>
      </nav>
      <h1>
        {nameOf(result.from)} → {nameOf(result.to)}
      </h1>
      <ComparePicker draftId={draftId} revisions={revisions} from={from} to={to} changesOnly={changesOnly} />
      <ComparisonView
        comparison={result.comparison}
        fromName={nameOf(result.from)}
        toName={nameOf(result.to)}
        changesOnly={changesOnly}
        toggleHref={`/drafts/${draftId}/revisions/compare?${toggle.toString()}`}
        language={access.draft.originalLanguage}
      />
    </div>
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value || undefined;
}
