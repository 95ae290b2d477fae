'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import type { MeetingFieldValues } from './types';

const EMPTY: MeetingFieldValues = {
  title: '',
  body: '',
  subsidiaryBody: null,
  session: null,
  venue: '',
  startsOn: '',
  endsOn: '',
  symbolPrefix: '',
  agendaSymbol: null,
};

/** The meeting's particulars, as printed on the CRP masthead. Used to create and to edit a meeting. */
export function MeetingFieldsForm({
  action,
  meeting = EMPTY,
  submitLabel,
}: {
  action: BoundSetupAction;
  meeting?: MeetingFieldValues;
  submitLabel: string;
}) {
  const t = useTranslations('setup');
  return (
    <ActionForm action={action} className="setup-form setup-grid" label={t('meetingDetails')}>
      {(pending) => (
        <>
          <label className="setup-wide">
            {t('field.title')}
            <input name="title" defaultValue={meeting.title} required placeholder={t('example.title')} />
          </label>
          <label className="setup-wide">
            {t('field.body')}
            <input
              name="body"
              defaultValue={meeting.body}
              required
              placeholder={t('example.body')}
            />
          </label>
          <label>
            {t('field.subsidiaryBody')}
            <input name="subsidiaryBody" defaultValue={meeting.subsidiaryBody ?? ''} placeholder={t('example.subsidiaryBody')} />
          </label>
          <label>
            {t('field.session')}
            <input name="session" defaultValue={meeting.session ?? ''} placeholder={t('example.session')} />
          </label>
          <label>
            {t('field.venue')}
            <input name="venue" defaultValue={meeting.venue} required placeholder={t('example.venue')} />
          </label>
          <div className="setup-pair">
            <label>
              {t('field.firstDay')}
              <input name="startsOn" type="date" defaultValue={meeting.startsOn} required />
            </label>
            <label>
              {t('field.lastDay')}
              <input name="endsOn" type="date" defaultValue={meeting.endsOn} required />
            </label>
          </div>
          <label>
            {t('field.symbolPrefix')}
            <input name="symbolPrefix" defaultValue={meeting.symbolPrefix} required placeholder={t('example.symbolPrefix')} />
          </label>
          <label>
            {t('field.agendaSymbol')}
            <input name="agendaSymbol" defaultValue={meeting.agendaSymbol ?? ''} placeholder={t('example.agendaSymbol')} />
          </label>
          <div className="setup-actions setup-wide">
            <button type="submit" className="button-primary" disabled={pending}>
              {pending ? t('saving') : submitLabel}
            </button>
          </div>
        </>
      )}
    </ActionForm>
  );
}
