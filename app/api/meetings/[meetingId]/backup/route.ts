import { symbolFileStem } from '@/lib/exports/symbols';
import { encodeBackup } from '@/server/exports/backup/backup-format';
import { backupMeeting } from '@/server/exports/backup-meeting';
import { fileRoute } from '@/server/http/file-route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/meetings/:meetingId/backup[?gzip=1] — the whole meeting as one JSON file (gzipped
 * with gzip=1) for restore into another Concord instance. Secretariat of the meeting only.
 */
export const GET = fileRoute<{ meetingId: string }>(
  { meeting: 'setupMeeting', refused: 'Only the secretariat can download a backup of the meeting.' },
  async ({ db, params, request }) => {
    const backup = await backupMeeting({ db, meetingId: params.meetingId });
    const gzip = new URL(request.url).searchParams.get('gzip') === '1';
    const prefix = String(backup.tables.meetings[0]?.symbol_prefix ?? 'meeting');
    return {
      body: encodeBackup(backup, { gzip }),
      filename: `concord-backup-${symbolFileStem(prefix)}-${backup.exportedAt.slice(0, 10)}.json${gzip ? '.gz' : ''}`,
      contentType: gzip ? 'application/gzip' : 'application/json; charset=utf-8',
    };
  },
);
