import { cleanMeetingTranslations } from '@/lib/meetings/translations';
import type { MeetingFields } from '@/lib/meetings/meeting-fields';
import type { Meeting } from '@/server/db/schema';

/** The fields of a meeting that leave the server (API, setup page, exports): no timestamps. */
export function toMeetingFields(meeting: Meeting): MeetingFields {
  return {
    id: meeting.id,
    title: meeting.title,
    body: meeting.body,
    subsidiaryBody: meeting.subsidiaryBody,
    session: meeting.session,
    venue: meeting.venue,
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn,
    symbolPrefix: meeting.symbolPrefix,
    agendaSymbol: meeting.agendaSymbol,
    translations: cleanMeetingTranslations(meeting.translations),
  };
}
