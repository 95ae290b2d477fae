import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as restore } from '@/app/api/meetings/restore/route';
import { createMeetingAction } from '@/app/meetings/new/actions';
import type { DbHandle } from '@/server/db/client';
import { meetings, users } from '@/server/db/schema';
import { seedDemoMeeting } from '@/server/db/seed';
import { DEMO_MEETING } from '@/server/db/seed/demo-meeting';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { backupMeeting } from '@/server/exports/backup-meeting';
import { encodeBackup } from '@/server/exports/backup/backup-format';
import { signInAs } from '@/test-support/http/fake-session';
import { apiRequest, useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { MEETING_FIELDS } from '@/test-support/setup/setup-test-kit';
import { grantAdministrators } from './grant-administrators';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));

let database: TestDatabase;
let handle: DbHandle;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  await seedDemoMeeting(database.db);
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

async function signInAsDemo(email: string): Promise<void> {
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo user ${email}`);
  signInAs({ id: user.id, name: user.name, email: user.email });
}

function meetingForm(title: string): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries({ ...MEETING_FIELDS, title })) if (typeof value === 'string') form.set(key, value);
  return form;
}

/** A backup of the demo meeting with every id but the users' replaced, as a file to upload. */
async function demoBackupCopy(): Promise<Uint8Array> {
  const [meeting] = await database.db.select().from(meetings).where(eq(meetings.title, DEMO_MEETING.title));
  if (!meeting) throw new Error('no demo meeting');
  const backup = await backupMeeting({ db: database.db, meetingId: meeting.id });
  const userIds = new Set(backup.tables.users.map((row) => String(row.id)));
  let json = JSON.stringify(backup);
  for (const id of new Set(json.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [])) if (!userIds.has(id)) json = json.split(id).join(randomUUID());
  return encodeBackup(JSON.parse(json));
}

describe('instance administrators', () => {
  it('the demo seed makes the secretariat account, and only it, an administrator', async () => {
    const administrators = await database.db.select({ email: users.email }).from(users).where(eq(users.isAdministrator, true));
    expect(administrators.map((row) => row.email)).toEqual(['secretariat@concord.test']);
  });

  it('refuses a delegate’s restore with 403 and a sentence', async () => {
    await signInAsDemo('mexico@concord.test');
    const response = await restore(apiRequest('/api/meetings/restore', { method: 'POST', body: await demoBackupCopy(), contentType: 'application/json' }));
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toMatch(/Only an instance administrator can create meetings and restore backups/);
  });

  it('refuses a delegate’s new meeting, creating nothing', async () => {
    await signInAsDemo('mexico@concord.test');
    const state = await createMeetingAction({ status: 'idle' } as never, meetingForm('Look-alike meeting'));
    expect(state).toMatchObject({ status: 'error', message: expect.stringMatching(/Only an instance administrator/) });
    expect(await database.db.select().from(meetings).where(eq(meetings.title, 'Look-alike meeting'))).toEqual([]);
  });

  it('lets the administrator create a meeting and restore a backup', async () => {
    await signInAsDemo('secretariat@concord.test');
    await expect(createMeetingAction({ status: 'idle' } as never, meetingForm('Thirteenth meeting'))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await database.db.select().from(meetings).where(eq(meetings.title, 'Thirteenth meeting'))).toHaveLength(1);
    const response = await restore(apiRequest('/api/meetings/restore', { method: 'POST', body: await demoBackupCopy(), contentType: 'application/json' }));
    expect(response.status).toBe(201);
  });

  it('CONCORD_ADMIN_EMAILS makes a named account an administrator', async () => {
    expect(await grantAdministrators({ db: database.db, emails: [' Chair@Concord.test '] })).toBe(1);
    await signInAsDemo('chair@concord.test');
    await expect(createMeetingAction({ status: 'idle' } as never, meetingForm('Chair’s meeting'))).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
