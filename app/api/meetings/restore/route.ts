import { NextResponse } from 'next/server';
import { decodeBackup } from '@/server/exports/backup/backup-format';
import { readBackupUpload } from '@/server/exports/read-backup-upload';
import { restoreMeeting } from '@/server/exports/restore-meeting';
import { AppError } from '@/server/http/app-error';
import { jsonRoute } from '@/server/http/json-route';
import { say } from '@/lib/i18n/server-sentences';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/meetings/restore — restores a backup file (the raw body, JSON or gzip, or a
 * multipart form field "file"). Only an instance administrator may restore (as only they create
 * meetings); they become its secretariat. Answers 201 with the meeting id, the initial passwords of new accounts
 * and the held accounts of people whose email already had an account here.
 */
export const POST = jsonRoute<Record<string, never>>({ administrator: true, accept: ['json', 'gzip', 'multipart'] }, async ({ user, db, request }) => {
  const file = await readBackupUpload(request);
  let backup;
  try {
    backup = decodeBackup(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad_request', say('server.backup.notABackup', { problem: error instanceof Error ? error.message : '?' }));
  }
  const restored = await restoreMeeting({ db, backup, restoredBy: user.id });
  return NextResponse.json(restored, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
