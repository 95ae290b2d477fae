import Link from 'next/link';
import { formatMeetingDates } from '@/lib/format/dates';
import { ROLE_LABELS } from '@/lib/negotiation/roles';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getDb } from '@/server/db/client';
import { listMeetingsForUser } from '@/server/meetings/list-meetings-for-user';
import { isAdministrator } from '@/server/users/is-administrator';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your meetings' };

export default async function MeetingsPage() {
  const user = await requirePageUser('/meetings');
  const meetings = await listMeetingsForUser({ db: getDb(), userId: user.id });
  const administrator = await isAdministrator({ db: getDb(), userId: user.id });
  return (
    <section>
      <div className="page-title-row">
        <h1>Your meetings</h1>
        {administrator ? (
          <Link href="/meetings/new" className="button-quiet">
            New meeting
          </Link>
        ) : null}
      </div>
      {meetings.length === 0 ? <p className="muted">You are not a participant in any meeting yet.</p> : null}
      <ul className="meeting-list">
        {meetings.map(({ meeting, role, delegation }) => (
          <li key={meeting.id}>
            <Link href={`/meetings/${meeting.id}`} className="card">
              <h2>{meeting.title}</h2>
              <p className="meeting-meta">
                {meeting.subsidiaryBody ?? meeting.body} · {meeting.venue}, {formatMeetingDates(meeting.startsOn, meeting.endsOn)}
              </p>
              <span className="role-pill">
                {ROLE_LABELS[role]}
                {delegation ? ` · ${delegation.name}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Given an invitation code by a meeting&apos;s secretariat? <Link href="/invitations">Join a meeting</Link>
      </p>
    </section>
  );
}
