import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatMeetingDates, formatProgrammeDay } from '@/lib/format/dates';
import { asLocale, type Locale } from '@/lib/i18n/locales';
import { can } from '@/lib/negotiation/policy';
import { meetingPageTitle } from '@/server/i18n/meeting-page-title';
import { getMeetingDetail, type MeetingDetail } from '@/server/meetings/get-meeting-detail';
import { requireMeetingPage } from '@/server/meetings/require-meeting-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  return { title: await meetingPageTitle({ meetingId }) };
}

export default async function MeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const { db, membership, actor } = await requireMeetingPage({ meetingId, path: `/meetings/${meetingId}` });
  const detail = await getMeetingDetail({ db, meetingId });
  if (!detail) notFound();
  const { meeting } = detail;
  const [t, tRoles, locale] = await Promise.all([getTranslations('meeting'), getTranslations('roles'), getLocale()]);
  return (
    <section>
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href="/meetings">{t('meetings')}</Link>›<span>{meeting.title}</span>
      </nav>
      <h1>{meeting.title}</h1>
      <p className="meeting-meta">
        {/* <bdi>: the meeting's own words keep their direction inside an interface that reads the other way. */}
        <bdi>{meeting.body}</bdi>
        {meeting.subsidiaryBody ? (
          <>
            {' · '}
            <bdi>{meeting.subsidiaryBody}</bdi>
          </>
        ) : null}
        <br />
        <bdi>{meeting.venue}</bdi>, {formatMeetingDates(meeting.startsOn, meeting.endsOn, asLocale(locale))}
        {meeting.agendaSymbol ? ` · ${t('provisionalAgendaSymbol', { symbol: meeting.agendaSymbol })}` : ''}
      </p>
      <span className="role-pill">{tRoles(membership.role)}</span>
      {can(actor, 'setupMeeting') ? (
        <Link href={`/meetings/${meetingId}/setup`} className="button-quiet meeting-setup-link">
          {t('setup')}
        </Link>
      ) : null}
      <div className="meeting-grid">
        <Agenda detail={detail} t={t} />
        <Programme detail={detail} t={t} locale={asLocale(locale)} />
      </div>
      <Delegations detail={detail} t={t} />
    </section>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<'meeting'>>>;

function Agenda({ detail, t }: { detail: MeetingDetail; t: Translate }) {
  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('provisionalAgenda')}</h2>
      <ol className="agenda">
        {detail.agendaItems.map((item) => {
          const drafts = detail.drafts.filter((draft) => draft.agendaItemId === item.id);
          return (
            <li key={item.id} className={item.number.includes('(') ? 'agenda-sub' : undefined}>
              <span className="agenda-number">
                <bdi>{item.number}</bdi>.
              </span>{' '}
              <bdi>{item.title}</bdi>
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

function Programme({ detail, t, locale }: { detail: MeetingDetail; t: Translate; locale: Locale }) {
  return (
    <section className="card" aria-labelledby="programme-heading">
      <h2 id="programme-heading">{t('programme')}</h2>
      <table className="programme">
        <thead>
          <tr>
            <th scope="col">{t('dateAndTime')}</th>
            <th scope="col">{t('agendaItems')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.programme.map((slot) => (
            <tr key={slot.id}>
              <td>
                {formatProgrammeDay(slot.day, locale)}
                <br />
                <span className="muted">
                  <bdi>{slot.startsAt}</bdi>–<bdi>{slot.endsAt}</bdi>
                </span>
              </td>
              <td>
                <bdi>{slot.itemLabels.join(', ')}</bdi>
                {slot.note ? (
                  <div className="muted">
                    <bdi>{slot.note}</bdi>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Delegations({ detail, t }: { detail: MeetingDetail; t: Translate }) {
  const active = detail.delegations.filter((delegation) => !delegation.retired);
  return (
    <section className="card" aria-labelledby="delegations-heading" style={{ marginTop: '1.25rem' }}>
      <h2 id="delegations-heading">{t('delegations', { count: active.length })}</h2>
      <ul className="delegation-list">
        {active.map((delegation) => (
          <li key={delegation.id}>
            {delegation.name}
            {delegation.kind === 'observer' ? <span className="muted"> ({t('observer')})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
