import { getTranslations } from 'next-intl/server';
import { getSessionUser } from '@/server/auth/get-session-user';
import { getDb } from '@/server/db/client';
import { resolveDraftAccess } from '@/server/drafts/resolve-draft-access';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';

/**
 * A draft page's title naming the page, the draft and its meeting ("History — Draft decision — Working
 * Group …"), so a screen reader or a browser tab says where the reader is. Only a member of the
 * meeting learns the names: anyone else gets the page's own name.
 */
export async function draftPageTitle({ draftId, page }: { draftId: string; page?: string }): Promise<string> {
  const t = await getTranslations('shell');
  const fallback = page ?? t('draft');
  try {
    const user = await getSessionUser();
    if (!user) return fallback;
    const db = getDb();
    const access = await resolveDraftAccess({ db, userId: user.id, draftId });
    if (!access) return fallback;
    const detail = await getMeetingDetail({ db, meetingId: access.meetingId });
    return [page, access.draft.title, detail?.meeting.title].filter(Boolean).join(' — ');
  } catch {
    // A title is never worth failing the page over; the page itself reports a database problem.
    return fallback;
  }
}
