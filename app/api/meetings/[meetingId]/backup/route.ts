import { symbolFileStem } from '@/lib/exports/symbols';
import { can } from '@/lib/negotiation/policy';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb } from '@/server/db/client';
import { encodeBackup } from '@/server/exports/backup/backup-format';
import { backupMeeting } from '@/server/exports/backup-meeting';
import { contentDisposition } from '@/server/exports/content-disposition';
import { AppError } from '@/server/http/app-error';
import { errorResponse } from '@/server/http/json-route';
import { getMembership } from '@/server/meetings/get-membership';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/meetings/:meetingId/backup[?gzip=1] — the whole meeting as one JSON file (gzipped
 * with gzip=1) for restore into another Concord instance. Secretariat of the meeting only.
 */
export async function GET(request: Request, context: { params: Promise<{ meetingId: string }> }) {
  try {
    const user = await requireSessionUser({ signInMessage: 'Sign in first: backups need a session cookie.' });
    const { meetingId } = await context.params;
    const db = getDb();
    const membership = await getMembership({ db, userId: user.id, meetingId });
    if (!membership) throw new AppError('not_found', 'No such meeting, or you are not a participant in it.');
    if (!can({ userId: user.id, role: membership.role, delegationId: membership.delegationId }, 'setupMeeting')) {
      throw new AppError('forbidden', 'Only the secretariat can download a backup of the meeting.');
    }
    const backup = await backupMeeting({ db, meetingId });
    const gzip = new URL(request.url).searchParams.get('gzip') === '1';
    const body = encodeBackup(backup, { gzip });
    const prefix = String(backup.tables.meetings[0]?.symbol_prefix ?? 'meeting');
    const filename = `concord-backup-${symbolFileStem(prefix)}-${backup.exportedAt.slice(0, 10)}.json${gzip ? '.gz' : ''}`;
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': gzip ? 'application/gzip' : 'application/json; charset=utf-8',
        'Content-Disposition': contentDisposition(filename),
        'Content-Length': String(body.byteLength),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
