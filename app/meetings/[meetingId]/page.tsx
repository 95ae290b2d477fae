import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatMeetingDates, formatProgrammeDay } from '@/lib/format/dates';
import { can } from '@/lib/negotiation/policy';
import { ROLE_LABELS } from '@/lib/negotiation/roles';
import { getMeetingDetail, type MeetingDetail } from '@/server/meetings/get-meeting-detail';
import { requireMeetingPage } from '@/server/meetings/require-meeting-page';

export const dynamic = 'force-dynamic';

export default async function MeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const { db, membership, actor } = await requireMeetingPage({ meetingId, path: `/meetings/${meetingId}` });
  const detail = await getMeetingDetail({ db, meetingId });
  if (!detail) notFound();
  const { meeting } = detail;
  return (
    <section>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/meetings">Meetings</Link>›<span>{meeting.title}</span>
      </nav>
      <h1>{meeting.title}</h1>
      <p className="meeting-meta">
        {meeting.body}
        {meeting.subsidiaryBody ? ` · ${meeting.subsidiaryBody}` : ''}
        <br />
        {meeting.venue}, {formatMeetingDates(meeting.startsOn, meeting.endsOn)}
        {meeting.agendaSymbol ? ` · Provisional agenda ${meeting.agendaSymbol}` : ''}
      </p>
      <span className="role-pill">{ROLE_LABELS[membership.role]}</span>
      {can(actor, 'setupMeeting') ? (
        <Link href={`/meetings/${meetingId}/setup`} className="button-quiet meeting-setup-link">
          Meeting setup
        </Link>
      ) : null}
      <div className="meeting-grid">
        <Agenda detail={detail} />
        <Programme detail={detail} />
      </div>
      <Delegations detail={detail} />
    </section>
  );
}

function Agenda({ detail }: { detail: MeetingDetail }) {
  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Provisional agenda</h2>
      <ol className="agenda">
        {detail.agendaItems.map((item) => {
          const drafts = detail.drafts.filter((draft) => draft.agendaItemId === item.id);
          return (
            <li key={item.id} className={item.number.includes('(') ? 'agenda-sub' : undefined}>
              <span className="agenda-number">{item.number}.</span> {item.title}
              {drafts.length ? (
                <ul className="agenda-drafts">
                  {drafts.map((draft) => (
                    <li key={draft.id}>
                      <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Programme({ detail }: { detail: MeetingDetail }) {
  return (
    <section className="card" aria-labelledby="programme-heading">
      <h2 id="programme-heading">Programme of work</h2>
      <table className="programme">
        <thead>
          <tr>
            <th scope="col">Date and time</th>
            <th scope="col">Agenda items</th>
          </tr>
        </thead>
        <tbody>
          {detail.programme.map((slot) => (
            <tr key={slot.id}>
              <td>
                {formatProgrammeDay(slot.day)}
                <br />
                <span className="muted">
                  {slot.startsAt}–{slot.endsAt}
                </span>
              </td>
              <td>
                {slot.itemLabels.join(', ')}
                {slot.note ? <div className="muted">{slot.note}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Delegations({ detail }: { detail: MeetingDetail }) {
  const active = detail.delegations.filter((delegation) => !delegation.retired);
  return (
    <section className="card" aria-labelledby="delegations-heading" style={{ marginTop: '1.25rem' }}>
      <h2 id="delegations-heading">Delegations ({active.length})</h2>
      <ul className="delegation-list">
        {active.map((delegation) => (
          <li key={delegation.id}>
            {delegation.name}
            {delegation.kind === 'observer' ? <span className="muted"> (observer)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
