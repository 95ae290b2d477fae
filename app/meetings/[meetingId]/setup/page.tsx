import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AgendaEditor } from '@/components/setup/AgendaEditor';
import { DelegationsEditor } from '@/components/setup/DelegationsEditor';
import { ListImport } from '@/components/setup/ListImport';
import { MeetingFieldsForm } from '@/components/setup/MeetingFieldsForm';
import { UntranslatedNotice } from '@/components/setup/UntranslatedNotice';
import { ParticipantsEditor } from '@/components/setup/ParticipantsEditor';
import { ProgrammeEditor } from '@/components/setup/ProgrammeEditor';
import { can } from '@/lib/negotiation/policy';
import { requireMeetingPage } from '@/server/meetings/require-meeting-page';
import { loadSetupView } from '@/server/setup/load-setup-view';
import { meetingPageTitle } from '@/server/i18n/meeting-page-title';
import * as actions from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const t = await getTranslations('setup');
  return { title: await meetingPageTitle({ meetingId, page: t('title') }) };
}

export default async function MeetingSetupPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const { db, user, actor } = await requireMeetingPage({ meetingId, path: `/meetings/${meetingId}/setup` });
  const t = await getTranslations('setup');
  if (!can(actor, 'setupMeeting')) {
    return (
      <section>
        <h1>{t('title')}</h1>
        <p className="form-error" role="alert">
          {t('secretariatOnly')} <Link href={`/meetings/${meetingId}`}>{t('backToMeeting')}</Link>
        </p>
      </section>
    );
  }
  const view = await loadSetupView({ db, meetingId, userId: user.id });
  if (!view) notFound();
  const bind = (action: actions.SetupFormAction) => action.bind(null, meetingId);

  return (
    <section className="setup-page">
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href="/meetings">{t('meetings')}</Link>›<Link href={`/meetings/${meetingId}`}>{view.meeting.title}</Link>›<span>{t('setup')}</span>
      </nav>
      <h1>{t('title')}</h1>

      <section className="card setup-section" aria-labelledby="setup-drafts">
        <div className="setup-section-head">
          <h2 id="setup-drafts">{t('drafts')}</h2>
          <Link className="button-primary" href={`/meetings/${meetingId}/setup/drafts/new`}>
            {t('newDraft')}
          </Link>
        </div>
        {view.drafts.length === 0 ? <p className="muted">{t('noDrafts')}</p> : null}
        <ul className="setup-drafts">
          {view.drafts.map((draft) => (
            <li key={draft.id}>
              <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>
              <span className="muted">
                {draft.symbol ? ` · ${draft.symbol}` : ''}
                {draft.agendaItemNumber ? ` · ${t('item', { number: draft.agendaItemNumber })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card setup-section" aria-labelledby="setup-meeting">
        <h2 id="setup-meeting">{t('meetingDetails')}</h2>
        <MeetingFieldsForm action={bind(actions.updateMeetingAction)} meeting={view.meeting} submitLabel={t('saveMeetingDetails')} />
        <UntranslatedNotice untranslated={view.untranslated} />
      </section>

      <section className="card setup-section" aria-labelledby="setup-agenda">
        <h2 id="setup-agenda">{t('provisionalAgenda')}</h2>
        <AgendaEditor
          items={view.agenda}
          actions={{
            add: bind(actions.addAgendaItemAction),
            update: bind(actions.updateAgendaItemAction),
            remove: bind(actions.removeAgendaItemAction),
            reorder: bind(actions.reorderAgendaItemsAction),
          }}
        />
      </section>

      <section className="card setup-section" aria-labelledby="setup-programme">
        <h2 id="setup-programme">{t('programme')}</h2>
        <ProgrammeEditor
          slots={view.programme}
          firstDay={view.meeting.startsOn}
          lastDay={view.meeting.endsOn}
          actions={{
            add: bind(actions.addProgrammeSlotAction),
            update: bind(actions.updateProgrammeSlotAction),
            remove: bind(actions.removeProgrammeSlotAction),
          }}
        />
      </section>

      <section className="card setup-section" aria-labelledby="setup-delegations">
        <h2 id="setup-delegations">{t('delegations')}</h2>
        <DelegationsEditor
          delegations={view.delegations}
          actions={{
            add: bind(actions.addDelegationAction),
            update: bind(actions.updateDelegationAction),
            setRetired: bind(actions.setDelegationRetiredAction),
            remove: bind(actions.removeDelegationAction),
          }}
        />
        <ListImport kind="delegations" action={bind(actions.addDelegationListAction)} delegations={view.delegations} />
      </section>

      <section className="card setup-section" aria-labelledby="setup-participants">
        <h2 id="setup-participants">{t('participants')}</h2>
        <ParticipantsEditor
          participants={view.participants}
          invitations={view.invitations}
          delegations={view.delegations}
          actions={{
            add: bind(actions.addParticipantAction),
            change: bind(actions.changeParticipantAction),
            remove: bind(actions.removeParticipantAction),
            resetPassword: bind(actions.resetParticipantPasswordAction),
            withdrawInvitation: bind(actions.withdrawInvitationAction),
          }}
        />
        <ListImport kind="participants" action={bind(actions.addParticipantListAction)} delegations={view.delegations} />
      </section>
    </section>
  );
}
