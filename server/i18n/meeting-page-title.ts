import { getTranslations } from 'next-intl/server';
import { getSessionUser } from '@/server/auth/get-session-user';
import { getDb } from '@/server/db/client';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';
import { getMembership } from '@/server/meetings/get-membership';

/** A meeting page's title naming the meeting ("Meeting setup — Working Group …"), for its members only. */
export async function meetingPageTitle({ meetingId, page }: { meetingId: string; page?: string }): Promise<string> {
  const t = await getTranslations('meeting');
  const fallback = page ?? t('fallbackTitle');
  try {
    const user = await getSessionUser();
    if (!user) return fallback;
    const db = getDb();
    if (!(await getMembership({ db, userId: user.id, meetingId }))) return fallback;
    const detail = await getMeetingDetail({ db, meetingId });
    return [page, detail?.meeting.title].filter(Boolean).join(' — ') || fallback;
  } catch {
    // A title is never worth failing the page over; the page itself reports a database problem.
    return fallback;
  }
}
