import { notFound } from 'next/navigation';
import { DraftRoom } from '@/components/draft/DraftRoom';
import { can } from '@/lib/negotiation/policy';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { listUntranslatedWords } from '@/server/exports/list-untranslated-words';
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
  const { db, user, access, actor } = await requireDraftPage({ draftId, path: `/drafts/${draftId}` });
  const detail = await getMeetingDetail({ db, meetingId: access.meetingId });
  if (!detail) notFound();
  const agendaItem = detail.agendaItems.find((item) => item.id === access.draft.agendaItemId) ?? null;
  // Only the secretariat issues the paper, so only it is told what would print in English.
  const untranslated = can(actor, 'issueCrp') ? await listUntranslatedWords({ db, draftId, language: access.draft.originalLanguage }) : [];
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
      untranslated={untranslated}
    />
  );
}
