'use client';

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
  return (
    <ActionForm action={action} className="setup-form setup-grid" label="Meeting details">
      {(pending) => (
        <>
          <label className="setup-wide">
            Title
            <input name="title" defaultValue={meeting.title} required placeholder="Twelfth meeting of the Working Group on Trafficking in Persons" />
          </label>
          <label className="setup-wide">
            Body
            <input
              name="body"
              defaultValue={meeting.body}
              required
              placeholder="Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
            />
          </label>
          <label>
            Subsidiary body
            <input name="subsidiaryBody" defaultValue={meeting.subsidiaryBody ?? ''} placeholder="Working Group on Trafficking in Persons" />
          </label>
          <label>
            Session
            <input name="session" defaultValue={meeting.session ?? ''} placeholder="Twelfth meeting" />
          </label>
          <label>
            Venue
            <input name="venue" defaultValue={meeting.venue} required placeholder="Vienna" />
          </label>
          <div className="setup-pair">
            <label>
              First day
              <input name="startsOn" type="date" defaultValue={meeting.startsOn} required />
            </label>
            <label>
              Last day
              <input name="endsOn" type="date" defaultValue={meeting.endsOn} required />
            </label>
          </div>
          <label>
            Document symbol prefix
            <input name="symbolPrefix" defaultValue={meeting.symbolPrefix} required placeholder="CTOC/COP/WG.4/2022" />
          </label>
          <label>
            Symbol of the provisional agenda
            <input name="agendaSymbol" defaultValue={meeting.agendaSymbol ?? ''} placeholder="CTOC/COP/WG.4/2022/1" />
          </label>
          <TranslationFields field="title" label="Title" values={textsOf(meeting.translations, 'title')} wide />
          <TranslationFields field="body" label="Body" values={textsOf(meeting.translations, 'body')} wide />
          <TranslationFields field="subsidiaryBody" label="Subsidiary body" values={textsOf(meeting.translations, 'subsidiaryBody')} wide />
          <TranslationFields field="venue" label="Venue" values={textsOf(meeting.translations, 'venue')} wide />
          <div className="setup-actions setup-wide">
            <button type="submit" className="button-primary" disabled={pending}>
              {pending ? 'Saving…' : submitLabel}
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
