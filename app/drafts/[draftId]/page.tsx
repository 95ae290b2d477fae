import { notFound } from 'next/navigation';
import { DraftRoom } from '@/components/draft/DraftRoom';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { draftPageTitle } from '@/server/i18n/draft-page-title';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';
import { toDelegationInfo } from '@/server/meetings/to-delegation-info';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  return { title: await draftPageTitle({ draftId }) };
}

export default async function DraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const { db, user, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}` });
  const detail = await getMeetingDetail({ db, meetingId: access.meetingId });
  if (!detail) notFound();
  const agendaItem = detail.agendaItems.find((item) => item.id === access.draft.agendaItemId) ?? null;
  return (
    <DraftRoom
      draftId={draftId}
      title={access.draft.title}
      symbol={access.draft.symbol}
      meeting={{ id: detail.meeting.id, title: detail.meeting.title }}
      agendaItem={agendaItem ? { number: agendaItem.number, title: agendaItem.title } : null}
      user={{ id: user.id, name: user.name }}
      role={access.role}
      delegationId={access.delegationId}
      delegations={toDelegationInfo(detail.delegations)}
      originalLanguage={access.draft.originalLanguage}
    />
  );
}
