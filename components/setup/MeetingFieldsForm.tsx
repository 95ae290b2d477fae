'use client';

import { useTranslations } from 'next-intl';
import { TRANSLATED_LANGUAGES, type LanguageTexts, type MeetingTranslatedField, type MeetingTranslations } from '@/lib/meetings/translations';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import { TranslationFields } from './TranslationFields';
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
  translations: {},
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
          <TranslationFields field="title" label={t('field.title')} values={textsOf(meeting.translations, 'title')} wide />
          <TranslationFields field="body" label={t('field.body')} values={textsOf(meeting.translations, 'body')} wide />
          <TranslationFields field="subsidiaryBody" label={t('field.subsidiaryBody')} values={textsOf(meeting.translations, 'subsidiaryBody')} wide />
          <TranslationFields field="venue" label={t('field.venue')} values={textsOf(meeting.translations, 'venue')} wide />
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

/** One field's texts across the languages ({ fr: 'Vienne', zh: '维也纳' }). */
function textsOf(translations: MeetingTranslations, field: MeetingTranslatedField): LanguageTexts {
  const texts: LanguageTexts = {};
  for (const language of TRANSLATED_LANGUAGES) {
    const text = translations[language]?.[field];
    if (text) texts[language] = text;
  }
  return texts;
}
