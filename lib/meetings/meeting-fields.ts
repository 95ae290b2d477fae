import type { MeetingTranslations } from './translations';

/** A meeting as it leaves the server: the API, the setup page and the CRP masthead all use it. */
export interface MeetingFields {
  id: string;
  title: string;
  body: string;
  subsidiaryBody: string | null;
  session: string | null;
  venue: string;
  startsOn: string;
  endsOn: string;
  symbolPrefix: string;
  agendaSymbol: string | null;
  /** Title, body, subsidiary body and venue in the other UN languages. */
  translations: MeetingTranslations;
}
