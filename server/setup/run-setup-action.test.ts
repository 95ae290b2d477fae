import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedCommentMeeting, type CommentMeeting } from '@/test-support/comments/seed-comment-meeting';
import { createDb, setDb, type DbHandle } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { closedPort } from '@/test-support/http/closed-port';
import { signInAs } from '@/test-support/http/fake-session';
import { useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { DATABASE_AWAY } from '@/server/http/to-app-error';
import { runSetupAction } from './run-setup-action';
import { agendaItemInput } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';
import { AppError } from '@/server/http/app-error';
import { listError } from '@/lib/setup/list-columns';
import { ListRefused } from './list-refused';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
// The reader's language, as next-intl's request configuration would choose it.
const reader = vi.hoisted(() => ({ locale: 'en' }));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl/core');
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const load = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Record<string, unknown>;
  return { getTranslations: async () => createTranslator({ locale: reader.locale, messages: load(reader.locale) }) };
});

let database: TestDatabase;
let handle: DbHandle;
let meeting: CommentMeeting;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  meeting = await seedCommentMeeting(database.db);
  const secretariat = meeting.people.secretariat;
  signInAs({ id: secretariat.userId, name: secretariat.name, email: 'secretariat@example.org' });
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

describe('server actions answer their form with the same sentences as the routes', () => {
  it('says which field is wrong when the input is refused', async () => {
    const state = await runSetupAction(meeting.meetingId, async () => {
      agendaItemInput.parse({ number: '', title: '' });
      return { message: 'Added.' };
    });
    expect(state).toMatchObject({ status: 'error', message: 'The item number is required.' });
  });

  it('says the database is away, and that nothing was changed, while it does not answer', async () => {
    const away = createDb(`postgres://concord:concord@127.0.0.1:${await closedPort()}/concord`, { max: 1 });
    setDb(away);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const state = await runSetupAction(meeting.meetingId, async () => ({ message: 'Added.' }));
      expect(state).toMatchObject({ status: 'error', message: DATABASE_AWAY });
    } finally {
      errors.mockRestore();
      setDb(handle);
      await away.close();
    }
  });

  it('words its confirmation and its refusal in the reader’s language', async () => {
    reader.locale = 'ar';
    try {
      const done = await runSetupAction(meeting.meetingId, async () => ({ message: say('server.setup.itemAdded', { number: '4' }) }));
      expect(done).toMatchObject({ status: 'ok', message: 'أُضيف البند 4 إلى جدول الأعمال.' });
      const refused = await runSetupAction(meeting.meetingId, async () => {
        throw new AppError('forbidden', say('server.http.refused.setupMeeting', {}));
      });
      expect(refused).toMatchObject({ status: 'error', message: 'لا يجوز إلا للأمانة إعداد الاجتماع.' });
      const list = await runSetupAction(meeting.meetingId, async () => {
        throw new ListRefused([listError(3, say('server.setup.line.emailMissing', {}))], 'participants');
      });
      expect(list).toMatchObject({ status: 'error', lines: [{ line: 3, message: 'البريد الإلكتروني غير موجود.' }] });
      expect(list.status === 'error' ? list.message : '').toMatch(/^لم يُحفظ شيء/);
    } finally {
      reader.locale = 'en';
    }
    const english = await runSetupAction(meeting.meetingId, async () => ({ message: say('server.setup.itemAdded', { number: '4' }) }));
    expect(english).toMatchObject({ status: 'ok', message: 'Item 4 added to the agenda.' });
  });
});
