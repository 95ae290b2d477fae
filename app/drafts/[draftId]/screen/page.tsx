import { notFound } from 'next/navigation';
import { ScreenView } from '@/components/screen/ScreenView';
import '@/components/screen/screen.css';
import { getTranslations } from 'next-intl/server';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { draftPageTitle } from '@/server/i18n/draft-page-title';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';
import { toDelegationInfo } from '@/server/meetings/to-delegation-info';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const t = await getTranslations('screen');
  return { title: await draftPageTitle({ draftId, page: t('title') }) };
}

/** The projector's page: read-only, open to every member of the meeting, viewers included. */
export default async function ScreenPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const { db, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/screen` });
  const detail = await getMeetingDetail({ db, meetingId: access.meetingId });
  if (!detail) notFound();
  return (
    <ScreenView
      draftId={draftId}
      title={access.draft.title}
      symbol={access.draft.symbol}
      delegations={toDelegationInfo(detail.delegations)}
      originalLanguage={access.draft.originalLanguage}
    />
  );
}
