import { NextResponse } from 'next/server';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb } from '@/server/db/client';
import { decodeBackup } from '@/server/exports/backup/backup-format';
import { readBackupUpload } from '@/server/exports/read-backup-upload';
import { restoreMeeting } from '@/server/exports/restore-meeting';
import { AppError } from '@/server/http/app-error';
import { guardStateChange } from '@/server/http/guard-state-change';
import { errorResponse } from '@/server/http/json-route';
import { requireAdministrator } from '@/server/users/require-administrator';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/meetings/restore — restores a backup file (the raw body, JSON or gzip, or a
 * multipart form field "file"). Only an instance administrator may restore (as only they create
 * meetings); they become its secretariat. Answers 201 with the meeting id, the initial passwords of new accounts
 * and the held accounts of people whose email already had an account here.
 */
export async function POST(request: Request) {
  try {
    guardStateChange({ request, accept: ['json', 'gzip', 'multipart'] });
    const user = await requireSessionUser({ signInMessage: 'Sign in first: restoring needs a session cookie.' });
    await requireAdministrator({ db: getDb(), userId: user.id });
    const file = await readBackupUpload(request);
    let backup;
    try {
      backup = decodeBackup(file);
    } catch (error) {
      throw new AppError('bad_request', error instanceof Error ? error.message : 'This file is not a Concord backup.');
    }
    const restored = await restoreMeeting({ db: getDb(), backup, restoredBy: user.id });
    return NextResponse.json(restored, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
