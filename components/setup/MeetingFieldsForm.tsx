'use client';

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
