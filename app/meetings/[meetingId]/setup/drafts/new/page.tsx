import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportDraftForm } from '@/components/setup/ImportDraftForm';
import { can } from '@/lib/negotiation/policy';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';
import { requireMeetingPage } from '@/server/meetings/require-meeting-page';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'New draft' };

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
  const back = (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <Link href="/meetings">Meetings</Link>›<Link href={`/meetings/${meetingId}`}>{detail.meeting.title}</Link>›
      <Link href={`/meetings/${meetingId}/setup`}>Setup</Link>›<span>New draft</span>
    </nav>
  );
  if (!can(actor, 'setupMeeting')) {
    return (
      <section>
        {back}
        <h1>New draft</h1>
        <p className="form-error" role="alert">
          Only the secretariat can create drafts.
        </p>
      </section>
    );
  }
  const agendaItems = detail.agendaItems.map(({ id, number, title }) => ({ id, number, title }));
  return (
    <section className="setup-page">
      {back}
      <h1>New draft</h1>
      {agendaItems.length === 0 ? (
        <p className="form-error" role="alert">
          Add the agenda first: a draft sits under an agenda item. <Link href={`/meetings/${meetingId}/setup`}>Meeting setup</Link>
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
