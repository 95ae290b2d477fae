import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getParagraphs, getParagraphText } from '@/lib/negotiation/draft-doc';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { commentVersions, comments, draftUpdates, meetingInvitations, users } from '@/server/db/schema';
import { createInvitation } from '@/server/invitations/create-invitation';
import { newInvitationCode } from '@/server/invitations/invitation-code';
import { redeemInvitation } from '@/server/invitations/redeem-invitation';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { createUser } from '@/server/users/create-user';
import { verifyPassword } from '@/server/users/verify-password';
import { decodeBackup, encodeBackup, type MeetingBackup } from './backup/backup-format';
import { backupMeeting } from './backup-meeting';
import { buildCrpModel } from './build-crp-model';
import { exportCrpDocx } from './export-crp-docx';
import { restoreMeeting } from './restore-meeting';
import { readDocx } from '@/test-support/exports/read-docx';
import { seedExportDraft, type ExportFixture } from '@/test-support/exports/seed-export-draft';

let source: TestDatabase;
let target: TestDatabase;
let fixture: ExportFixture;
let backup: MeetingBackup;
let restorerId: string;

beforeAll(async () => {
  [source, target] = await Promise.all([startTestDatabase(), startTestDatabase()]);
  fixture = await seedExportDraft(source.db);
  await addReply(source);
  await inviteParticipant(source);
  backup = decodeBackup(encodeBackup(await backupMeeting({ db: source.db, meetingId: fixture.meetingId }), { gzip: true }));
  restorerId = (await createUser({ db: target.db, email: 'officer@other.test', name: 'Documents officer', password: 'x'.repeat(12) })).id;
});

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code ?? String(error));

/** The rows a restore adds by design: the restorer's secretariat membership and the restore event. */
function withoutRestoreTrail(tables: MeetingBackup['tables']) {
  return {
    ...tables,
    users: tables.users.filter((row) => row.id !== restorerId),
    memberships: tables.memberships.filter((row) => row.user_id !== restorerId),
    audit_events: tables.audit_events.filter((row) => row.action !== 'meeting.restore'),
  };
}

describe('backup and restore of a meeting', () => {
  it('writes every table of the meeting, documents, and no password hashes', () => {
    expect(backup.tables.drafts).toHaveLength(5);
    expect(backup.tables.draft_updates.length).toBeGreaterThanOrEqual(5);
    expect(backup.tables.revisions).toHaveLength(1);
    expect(backup.tables.comments.length).toBe(backup.tables.comment_versions.length - 1);
    expect(backup.tables.comments.some((row) => row.reply_to_id !== null)).toBe(true);
    expect(backup.tables.memberships.length).toBeGreaterThan(5);
    expect(Object.keys(backup.documents).sort()).toEqual(backup.tables.drafts.map((row) => String(row.id)).sort());
    expect(JSON.stringify(backup)).not.toMatch(/scrypt\$|password_hash/);
    expect(backup.tables.meeting_invitations).toEqual([expect.objectContaining({ email: 'new.delegate@concord.test', accepted_at: null })]);
    expect(backup.tables.meeting_invitations[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a backup written before invitations were kept as one with none pending', () => {
    const older = structuredClone(backup) as Partial<MeetingBackup['tables']> & { tables: Record<string, unknown> };
    delete older.tables.meeting_invitations;
    expect(decodeBackup(Buffer.from(JSON.stringify(older))).tables.meeting_invitations).toEqual([]);
  });

  it('restores into another instance with the same ids, rows and documents', async () => {
    const restored = await restoreMeeting({ db: target.db, backup, restoredBy: restorerId });
    expect(restored).toMatchObject({ meetingId: fixture.meetingId, drafts: 5 });
    expect(restored.newAccounts.map((account) => account.email).sort()).toEqual(backup.tables.users.map((row) => row.email).sort());
    const again = await backupMeeting({ db: target.db, meetingId: fixture.meetingId });
    expect(withoutRestoreTrail(again.tables)).toEqual(backup.tables);
    expect(again.documents).toEqual(backup.documents);
    expect(again.tables.memberships.find((row) => row.user_id === restorerId)).toMatchObject({ role: 'secretariat' });
    const [mexico] = await target.db.select().from(users).where(eq(users.email, 'mexico@concord.test'));
    const account = restored.newAccounts.find((entry) => entry.email === 'mexico@concord.test');
    expect(mexico && account && (await verifyPassword(account.initialPassword, mexico.passwordHash))).toBe(true);
    // The restorer saw that initial password: its owner replaces it before doing anything else.
    expect(mexico?.mustChangePassword).toBe(true);
  });

  it('gives the same conference room paper on both instances', async () => {
    const now = new Date('2022-06-30T16:00:00Z');
    const before = await readDocx(await exportCrpDocx(await buildCrpModel({ db: source.db, draftId: fixture.draftId, now })));
    const after = await readDocx(await exportCrpDocx(await buildCrpModel({ db: target.db, draftId: fixture.draftId, now })));
    expect(after.paragraphs).toEqual(before.paragraphs);
  });

  it('refuses to restore a meeting that exists, and keeps new writes clear of restored ids', async () => {
    expect(await codeOf(restoreMeeting({ db: target.db, backup, restoredBy: restorerId }))).toBe('conflict');
    const [row] = await target.db.insert(draftUpdates).values({ draftId: fixture.draftId, update: new Uint8Array([0, 0]) }).returning({ id: draftUpdates.id });
    expect(row?.id).toBeGreaterThan(Math.max(...backup.tables.draft_updates.map((update) => Number(update.id))));
    await target.db.delete(draftUpdates).where(eq(draftUpdates.id, row?.id ?? 0));
  });

  it('renumbers log rows whose ids are taken, keeping their order and the documents', async () => {
    const copy = withFreshIds(backup);
    const restored = await restoreMeeting({ db: target.db, backup: copy, restoredBy: restorerId });
    const draftId = String(copy.tables.drafts.at(-1)?.id);
    const state = await loadDraftState({ db: target.db, draftId });
    expect(Buffer.from(state).toString('base64')).toBe(copy.documents[draftId]);
    const again = await backupMeeting({ db: target.db, meetingId: restored.meetingId });
    const newIds = again.tables.draft_updates.map((update) => Number(update.id));
    expect(newIds.every((id) => !backup.tables.draft_updates.some((update) => Number(update.id) === id))).toBe(true);
    expect(again.tables.comment_versions.map((version) => version.body)).toEqual(copy.tables.comment_versions.map((version) => version.body));
  });

  it('refuses a backup whose rows reach into another meeting', async () => {
    const stray = structuredClone(backup);
    stray.meetingId = randomUUID();
    stray.tables.meetings = [{ ...stray.tables.meetings[0], id: stray.meetingId }];
    expect(await codeOf(restoreMeeting({ db: target.db, backup: stray, restoredBy: restorerId }))).toBe('bad_request');
    expect(() => decodeBackup(Buffer.from('{"format":"something else"}'))).toThrow(/not a Concord meeting backup/);
  });
});

describe('restoring a crafted backup', () => {
  /** A copy of the restored meeting under new ids, with one column of one row pointed at the original meeting. */
  async function strayReference(table: 'drafts' | 'comments' | 'draft_updates', column: string, foreignId: string) {
    const copy = withFreshIds(backup);
    const row = copy.tables[table].find((candidate) => table !== 'draft_updates' || candidate.delegation_id !== null) ?? copy.tables[table][0];
    if (!row) throw new Error(`fixture has no ${table}`);
    row[column] = foreignId;
    return restoreMeeting({ db: target.db, backup: copy, restoredBy: restorerId }).then(
      () => 'restored',
      (error: { code?: string; userMessage?: string }) => `${error.code}: ${error.userMessage}`,
    );
  }

  it('refuses drafts, comments and log rows that point at another meeting’s agenda item or delegations', async () => {
    const agendaItem = String(backup.tables.agenda_items[0]?.id);
    const delegation = String(backup.tables.delegations[0]?.id);
    expect(await strayReference('drafts', 'agenda_item_id', agendaItem)).toMatch(/^bad_request: .*drafts refers \(agenda_item_id\)/);
    expect(await strayReference('comments', 'delegation_id', delegation)).toMatch(/^bad_request: .*comments refers \(delegation_id\)/);
    expect(await strayReference('draft_updates', 'delegation_id', delegation)).toMatch(/^bad_request: .*draft_updates refers \(delegation_id\)/);
  });

  it('never links a listed email to the existing account: the rows go to a held account that cannot sign in', async () => {
    const copy = withFreshIds(backup);
    const restored = await restoreMeeting({ db: target.db, backup: copy, restoredBy: restorerId });
    const commenter = copy.tables.users.find((row) => row.id === copy.tables.comments[0]?.user_id);
    const [existing] = await target.db.select().from(users).where(eq(users.email, String(commenter?.email)));
    const held = restored.heldAccounts.find((account) => account.listedEmail === commenter?.email);
    expect(held?.accountEmail).toMatch(/^restored-.*@restored\.invalid$/);
    expect(restored.newAccounts).toEqual([]);
    const again = await backupMeeting({ db: target.db, meetingId: restored.meetingId });
    const writers = new Set([...again.tables.comments, ...again.tables.draft_updates].map((row) => row.user_id));
    expect(existing && writers.has(existing.id)).toBe(false);
    const [account] = await target.db.select().from(users).where(eq(users.email, held?.accountEmail ?? ''));
    expect(account && writers.has(account.id)).toBe(true);
    expect(account && (await verifyPassword('', account.passwordHash))).toBe(false);
  });

  it('rewrites the user ids inside the restored documents and revisions as it rewrites the rows', async () => {
    const copy = withFreshIds(backup);
    const restored = await restoreMeeting({ db: target.db, backup: copy, restoredBy: restorerId });
    const backupUsers = new Set(copy.tables.users.map((row) => String(row.id)));
    const held = new Set((await target.db.select().from(users)).filter((user) => user.email.endsWith('@restored.invalid')).map((user) => user.id));
    const again = await backupMeeting({ db: target.db, meetingId: restored.meetingId });
    const named = [...Object.values(again.documents), ...again.tables.revisions.map((row) => hexState(row.state))].flatMap((state) => usersInMarks(Buffer.from(state, 'base64')));
    expect(named.filter((id) => held.has(id)).length).toBeGreaterThan(0);
    expect(named.filter((id) => backupUsers.has(id))).toEqual([]);
  });

  it('replays every log row, refusing a damaged row the snapshot already covers', async () => {
    const copy = withFreshIds(backup);
    const draftId = String(copy.tables.drafts[0]?.id);
    const rows = copy.tables.draft_updates.filter((row) => row.draft_id === draftId);
    const through = Math.max(...rows.map((row) => Number(row.id)));
    copy.tables.draft_snapshots = [
      ...copy.tables.draft_snapshots.filter((row) => row.draft_id !== draftId),
      { draft_id: draftId, state: `\\x${Buffer.from(copy.documents[draftId] ?? '', 'base64').toString('hex')}`, through_update_id: through, updated_at: new Date().toISOString() },
    ];
    const sound = await codeOf(restoreMeeting({ db: target.db, backup: structuredClone(copy), restoredBy: restorerId }));
    expect(sound).toBe('ok');
    const damaged = withFreshIds(copy);
    const damagedDraft = String(damaged.tables.drafts[0]?.id);
    const first = damaged.tables.draft_updates.find((row) => row.draft_id === damagedDraft);
    if (!first) throw new Error('fixture draft has no log');
    first.update = '\\xffffffffffffffffffff';
    const refusal = await restoreMeeting({ db: target.db, backup: damaged, restoredBy: restorerId }).catch((error: { code: string; userMessage: string }) => error);
    expect(refusal).toMatchObject({ code: 'bad_request', userMessage: expect.stringMatching(/Update 1 of a draft’s log cannot be read/) });
  });

  it('keeps pending invitations: a code sent before the backup opens the restored meeting', async () => {
    const copy = withFreshIds(backup);
    const { code, codeHash } = newInvitationCode();
    for (const row of copy.tables.meeting_invitations) row.code_hash = codeHash;
    const restored = await restoreMeeting({ db: target.db, backup: copy, restoredBy: restorerId });
    const invitee = await createUser({ db: target.db, email: `new.delegate.${randomUUID().slice(0, 8)}@concord.test`, name: 'New delegate', password: 'y'.repeat(12) });
    // Only the invited email may redeem: the restored invitation is addressed to it.
    await target.db.update(meetingInvitations).set({ email: invitee.email }).where(eq(meetingInvitations.codeHash, codeHash));
    const joined = await redeemInvitation({ db: target.db, userId: invitee.id, code, address: '10.1.1.1' });
    expect(joined.meetingId).toBe(restored.meetingId);
  });
});

/** Every user id named by an insertion, deletion or bracket mark of a document. */
function usersInMarks(state: Uint8Array): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const found: string[] = [];
  for (const paragraph of getParagraphs(doc).values()) {
    for (const run of getParagraphText(paragraph)?.toDelta() ?? []) {
      for (const [name, value] of Object.entries((run as { attributes?: Record<string, { author?: string; by?: string }> }).attributes ?? {})) {
        const id = name.startsWith('bracket') ? value.by : value.author;
        if (id) found.push(id);
      }
    }
  }
  doc.destroy();
  return found;
}

/** A bytea column as PostgreSQL's row JSON writes it ("\\x…"), as base64. */
function hexState(value: unknown): string {
  return Buffer.from(String(value).slice(2), 'hex').toString('base64');
}

/** The same meeting under new uuids (users kept): a second copy whose log ids clash with the first. */
function withFreshIds(original: MeetingBackup): MeetingBackup {
  let text = JSON.stringify(original);
  const userIds = new Set(original.tables.users.map((row) => String(row.id)));
  const uuids = new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);
  for (const id of uuids) if (!userIds.has(id)) text = text.split(id).join(randomUUID());
  return JSON.parse(text) as MeetingBackup;
}

/** A pending invitation of the meeting, sent by its secretariat. */
async function inviteParticipant(database: TestDatabase): Promise<void> {
  const [officer] = await database.db.select().from(users).where(eq(users.email, 'secretariat@concord.test'));
  if (!officer) throw new Error('fixture has no secretariat');
  await createInvitation({ db: database.db, userId: officer.id, meetingId: fixture.meetingId, email: 'new.delegate@concord.test', name: 'New delegate', role: 'viewer', delegationId: null });
}

/** A reply (comments.reply_to_id refers to its own table): restored in one statement with its parent. */
async function addReply(database: TestDatabase): Promise<void> {
  const [parent] = await database.db.select().from(comments).limit(1);
  if (!parent) throw new Error('fixture has no comment');
  const [reply] = await database.db
    .insert(comments)
    .values({ draftId: parent.draftId, paragraphId: parent.paragraphId, delegationId: parent.delegationId, userId: parent.userId, replyToId: parent.id })
    .returning();
  await database.db.insert(commentVersions).values({ commentId: reply?.id ?? '', body: 'A reply to the comment above.', editedBy: parent.userId });
}
