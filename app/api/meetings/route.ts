import { jsonRoute } from '@/server/http/json-route';
import { listMeetingsForUser } from '@/server/meetings/list-meetings-for-user';

export const dynamic = 'force-dynamic';

/** GET /api/meetings — the signed-in user's meetings with their role and delegation. */
export const GET = jsonRoute<Record<string, never>>({ signedIn: true }, async ({ user, db }) => {
  const meetings = await listMeetingsForUser({ db, userId: user.id });
  return {
    meetings: meetings.map(({ meeting, role, delegation }) => ({
      id: meeting.id,
      title: meeting.title,
      body: meeting.body,
      subsidiaryBody: meeting.subsidiaryBody,
      venue: meeting.venue,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      role,
      delegation,
    })),
  };
});
