import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryFilters } from '@/components/history/HistoryFilters';
import { HistoryTable } from '@/components/history/HistoryTable';
import { getLabel, getParagraph, paragraphIds } from '@/lib/negotiation/draft-doc';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { groupHistoryEntries } from '@/server/history/group-history-entries';
import { listDraftHistory } from '@/server/history/list-draft-history';
import { listDelegations } from '@/server/meetings/list-delegations';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { draftPageTitle } from '@/server/i18n/draft-page-title';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const t = await getTranslations('history');
  return { title: await draftPageTitle({ draftId, page: t('title') }) };
}

type Search = Promise<{ paragraphId?: string | string[]; delegationId?: string | string[] }>;

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ draftId: string }>; searchParams: Search }) {
  const { draftId } = await params;
  const search = await searchParams;
  const { db, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/history` });
  const paragraphId = single(search.paragraphId);
  const delegationId = single(search.delegationId);
  const [entries, delegations, { doc }] = await Promise.all([
    listDraftHistory({ db, draftId, meetingId: access.meetingId, paragraphId, delegationId }),
    listDelegations({ db, meetingId: access.meetingId }),
    loadDraftDoc({ db, draftId }),
  ]);
  const paragraphs = paragraphIds(doc).flatMap((id) => {
    const paragraph = getParagraph(doc, id);
    return paragraph ? [{ id, label: getLabel(paragraph) }] : [];
  });
  doc.destroy();
  const [t, locale] = await Promise.all([getTranslations('history'), getLocale()]);

  return (
    <div className="history-page">
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href={`/meetings/${access.meetingId}`}>{t('meeting')}</Link>›<Link href={`/drafts/${draftId}`}>{access.draft.title}</Link>›
        <span>{t('title')}</span>
      </nav>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t.rich('intro', { title: access.draft.title, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <HistoryFilters
        draftId={draftId}
        paragraphs={paragraphs}
        delegations={delegations}
        {...(paragraphId ? { paragraphId } : {})}
        {...(delegationId ? { delegationId } : {})}
      />
      <section className="card">
        <HistoryTable groups={groupHistoryEntries(entries)} entries={entries} locale={locale} />
      </section>
    </div>
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}
