import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ImportDraftForm } from '@/components/setup/ImportDraftForm';
import { can } from '@/lib/negotiation/policy';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';
import { meetingPageTitle } from '@/server/i18n/meeting-page-title';
import { requireMeetingPage } from '@/server/meetings/require-meeting-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const t = await getTranslations('setup');
  return { title: await meetingPageTitle({ meetingId, page: t('newDraft') }) };
}

export default async function NewDraftPage({
  params,
  searchParams,
}: {
  params: Promise<{ meetingId: string }>;
  searchParams: Promise<{ item?: string }>;
}) {
  const { meetingId } = await params;
  const { item } = await searchParams;
  const { db, actor } = await requireMeetingPage({ meetingId, path: `/meetings/${meetingId}/setup/drafts/new` });
  const detail = await getMeetingDetail({ db, meetingId });
  if (!detail) notFound();
  const t = await getTranslations('setup');
  const back = (
    <nav className="breadcrumb" aria-label={t('breadcrumb')}>
      <Link href="/meetings">{t('meetings')}</Link>›<Link href={`/meetings/${meetingId}`}>{detail.meeting.title}</Link>›
      <Link href={`/meetings/${meetingId}/setup`}>{t('setup')}</Link>›<span>{t('newDraft')}</span>
    </nav>
  );
  if (!can(actor, 'setupMeeting')) {
    return (
      <section>
        {back}
        <h1>{t('newDraft')}</h1>
        <p className="form-error" role="alert">
          {t('secretariatOnlyDrafts')}
        </p>
      </section>
    );
  }
  const agendaItems = detail.agendaItems.map(({ id, number, title }) => ({ id, number, title }));
  return (
    <section className="setup-page">
      {back}
      <h1>{t('newDraft')}</h1>
      {agendaItems.length === 0 ? (
        <p className="form-error" role="alert">
          {t('agendaFirst')} <Link href={`/meetings/${meetingId}/setup`}>{t('title')}</Link>
        </p>
      ) : (
        <ImportDraftForm
          meetingId={meetingId}
          agendaItems={agendaItems}
          defaultItemId={agendaItems.some((row) => row.id === item) ? (item ?? null) : null}
          suggestedSymbol={`${detail.meeting.symbolPrefix}/CRP.${nextCrpNumber(detail.drafts.map((draft) => draft.symbol))}`}
        />
      )}
    </section>
  );
}

/** The next free CRP number under the meeting's prefix: after CRP.1 and CRP.3 comes CRP.4. */
function nextCrpNumber(symbols: Array<string | null>): number {
  const numbers = symbols.map((symbol) => Number(/\/CRP\.(\d+)$/.exec(symbol ?? '')?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}
