import { AppError } from '@/server/http/app-error';
import { jsonRoute } from '@/server/http/json-route';
import { getMeetingDetail } from '@/server/meetings/get-meeting-detail';
import { toMeetingFields } from '@/server/meetings/to-meeting-fields';
import { say } from '@/lib/i18n/server-sentences';

export const dynamic = 'force-dynamic';

/** GET /api/meetings/:id — agenda, programme of work, delegations and drafts. Members only. */
export const GET = jsonRoute<{ meetingId: string }>({ meeting: 'read' }, async ({ db, params, membership }) => {
  const detail = await getMeetingDetail({ db, meetingId: params.meetingId });
  if (!detail) throw new AppError('not_found', say('server.http.notAMember', {}));
  const { meeting } = detail;
  return {
    meeting: toMeetingFields(meeting),
    you: membership,
    agenda: detail.agendaItems.map(({ id, number, title }) => ({ id, number, title })),
    programme: detail.programme.map(({ day, startsAt, endsAt, itemLabels, note }) => ({ day, startsAt, endsAt, items: itemLabels, note })),
    delegations: detail.delegations.map(({ id, name, shortName, kind, retired }) => ({ id, name, shortName, kind, retired })),
    drafts: detail.drafts.map(({ id, title, symbol, agendaItemNumber, originalLanguage }) => ({
      id,
      title,
      symbol,
      agendaItem: agendaItemNumber,
      originalLanguage,
    })),
  };
});
