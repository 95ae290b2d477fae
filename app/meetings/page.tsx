import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatMeetingDates } from '@/lib/format/dates';
import { asLocale } from '@/lib/i18n/locales';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getDb } from '@/server/db/client';
import { listMeetingsForUser } from '@/server/meetings/list-meetings-for-user';
import { isAdministrator } from '@/server/users/is-administrator';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  const t = await getTranslations('meetings');
  return { title: t('title') };
}

export default async function MeetingsPage() {
  const user = await requirePageUser('/meetings');
  const meetings = await listMeetingsForUser({ db: getDb(), userId: user.id });
  const administrator = await isAdministrator({ db: getDb(), userId: user.id });
  const [t, tRoles, locale] = await Promise.all([getTranslations('meetings'), getTranslations('roles'), getLocale()]);
  return (
    <section>
      <div className="page-title-row">
        <h1>{t('title')}</h1>
        {administrator ? (
          <Link href="/meetings/new" className="button-quiet">
            {t('newMeeting')}
          </Link>
        ) : null}
      </div>
      {meetings.length === 0 ? <p className="muted">{t('none')}</p> : null}
      <ul className="meeting-list">
        {meetings.map(({ meeting, role, delegation }) => (
          <li key={meeting.id}>
            <Link href={`/meetings/${meeting.id}`} className="card">
              <h2>{meeting.title}</h2>
              <p className="meeting-meta">
                {meeting.subsidiaryBody ?? meeting.body} · {meeting.venue}, {formatMeetingDates(meeting.startsOn, meeting.endsOn, asLocale(locale))}
              </p>
              <span className="role-pill">
                {tRoles(role)}
                {delegation ? ` · ${delegation.name}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('invitationQuestion')} <Link href="/invitations">{t('joinMeeting')}</Link>
      </p>
    </section>
  );
}
