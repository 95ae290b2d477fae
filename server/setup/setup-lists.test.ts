import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delegations, meetingInvitations, memberships, users } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { AppError } from '@/server/http/app-error';
import { createUser } from '@/server/users/create-user';
import { verifyPassword } from '@/server/users/verify-password';
import { addDelegation } from './add-delegation';
import { addDelegationList } from './add-delegation-list';
import { addParticipant } from './add-participant';
import { addParticipantList } from './add-participant-list';
import { ListRefused } from './list-refused';
import { addMember, meetingAudit, newMeeting } from '@/test-support/setup/setup-test-kit';

let database: TestDatabase;

beforeAll(async () => {
  database = await startTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

async function refusal(promise: Promise<unknown>): Promise<ListRefused> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ListRefused)) throw new Error(`expected a refused list, got ${String(error)}`);
  return error;
}

/** 200 delegations, as a large meeting has them: "Delegation 001,D001". */
const twoHundred = Array.from({ length: 200 }, (_, i) => `Delegation ${String(i + 1).padStart(3, '0')},D${String(i + 1).padStart(3, '0')}`).join('\n');

describe('a list of delegations', () => {
  it('adds two hundred delegations in one save, each audited', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const added = await addDelegationList({ db, userId: secretariatId, meetingId, text: `Name,Short name,Kind\n${twoHundred}\nEuropean Union,EU,group` });
    expect(added).toHaveLength(201);
    const stored = await db.select().from(delegations).where(eq(delegations.meetingId, meetingId));
    expect(stored).toHaveLength(201);
    expect(stored.find((row) => row.shortName === 'EU')?.kind).toBe('group');
    const audit = await meetingAudit(db, meetingId);
    expect(audit.filter((event) => event.action === 'delegation.add')).toHaveLength(201);
  });

  it('saves nothing when a line clashes with the meeting or the list, and names every such line', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    await addDelegation({ db, userId: secretariatId, meetingId, fields: { name: 'Mexico', shortName: 'MEX', kind: 'state_party' } });
    const refused = await refusal(addDelegationList({ db, userId: secretariatId, meetingId, text: 'Peru,PER\nmexico,MX\nMéxico,mex\nChile\nperu,PE' }));
    expect(refused.code).toBe('bad_request');
    expect(refused.userMessage).toBe('Nothing was saved: 4 lines of the list of delegations need fixing. Correct them and save the whole list again.');
    // The form words the summary and each line in the secretariat's language from these.
    expect(refused.sentence).toEqual({ key: 'server.setup.listRefused', params: { count: 4, what: { key: 'server.setup.list.delegations', params: {} } } });
    expect(refused.lines).toMatchObject([
      { line: 2, message: 'There is already a delegation named "Mexico".', sentence: { key: 'server.setup.line.delegationNameTaken', params: { name: 'Mexico' } } },
      { line: 3, message: 'The short name "MEX" is already used by Mexico.' },
      { line: 4, message: 'The short name of Chile is missing (it is shown next to every proposal, e.g. “MEX”).' },
      { line: 5, message: 'The name “peru” is already on line 1.' },
    ]);
    expect((await db.select().from(delegations).where(eq(delegations.meetingId, meetingId))).map((row) => row.name)).toEqual(['Mexico']);
  });

  it('is for the secretariat only', async () => {
    const { db } = database;
    const { meetingId } = await newMeeting(db);
    const chair = await addMember(db, meetingId, 'chair');
    const error = await addDelegationList({ db, userId: chair, meetingId, text: 'Peru,PER' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('forbidden');
  });
});

describe('a list of participants', () => {
  it('gives new emails an account and an initial password, and invites emails that already have an account', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    await addDelegationList({ db, userId: secretariatId, meetingId, text: 'Mexico,MEX\nPeru,PER' });
    const stamp = Date.now();
    const existing = await createUser({ db, email: `known-${stamp}@mission.example`, name: 'Known Person', password: 'their-own-password' });
    const text = [
      'Email;Name;Role;Delegation',
      `new-${stamp}@mission.example;Ana García;Delegate;MEX`,
      `KNOWN-${stamp}@mission.example;Known Person;observer;Peru`,
      `chair-${stamp}@un.example;Bo Chair;Chair;`,
    ].join('\n');
    const added = await addParticipantList({ db, userId: secretariatId, meetingId, text });
    expect(added.map((person) => person.kind)).toEqual(['account', 'invitation', 'account']);
    const ana = added[0];
    if (ana?.kind !== 'account') throw new Error('expected an account');
    const [anaRow] = await db.select().from(users).where(eq(users.email, `new-${stamp}@mission.example`));
    expect(anaRow?.mustChangePassword).toBe(true);
    expect(await verifyPassword(ana.initialPassword, anaRow?.passwordHash ?? '')).toBe(true);
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, ana.userId));
    expect(membership?.role).toBe('delegate');
    // The known account is invited, not made a member: its password may be known to someone else.
    expect(await db.select().from(memberships).where(eq(memberships.userId, existing.id))).toEqual([]);
    const [invitation] = await db.select().from(meetingInvitations).where(eq(meetingInvitations.email, existing.email));
    expect(invitation).toMatchObject({ meetingId, role: 'observer' });
    const actions = (await meetingAudit(db, meetingId)).map((event) => event.action);
    expect(actions.filter((action) => action === 'participant.add')).toHaveLength(2);
    expect(actions.filter((action) => action === 'participant.invite')).toHaveLength(1);
  });

  it('saves nobody when a line has a problem, and names every such line', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    await addDelegationList({ db, userId: secretariatId, meetingId, text: 'Mexico,MEX' });
    const stamp = Date.now();
    await addParticipant({ db, userId: secretariatId, meetingId, fields: { email: `member-${stamp}@x.example`, name: 'Member', role: 'delegate', delegationId: (await db.select().from(delegations).where(eq(delegations.meetingId, meetingId)))[0]?.id ?? null } });
    await createUser({ db, email: `invited-${stamp}@x.example`, name: 'Invited', password: 'their-own-password' });
    await addParticipant({ db, userId: secretariatId, meetingId, fields: { email: `invited-${stamp}@x.example`, name: 'Invited', role: 'viewer', delegationId: null } });
    const text = [
      `fresh-${stamp}@x.example,Fresh,delegate,MEX`,
      `member-${stamp}@x.example,Member again,delegate,MEX`,
      `other-${stamp}@x.example,Other,delegate,Atlantis`,
      `fresh-${stamp}@x.example,Fresh twice,delegate,MEX`,
      `invited-${stamp}@x.example,Invited,viewer,`,
    ].join('\n');
    const refused = await refusal(addParticipantList({ db, userId: secretariatId, meetingId, text }));
    expect(refused.lines).toMatchObject([
      { line: 2, message: `Member (member-${stamp}@x.example) is already a participant in this meeting.` },
      { line: 3, message: 'There is no delegation “Atlantis” in this meeting; add it first, or write its name or short name as the list of delegations has it.' },
      { line: 4, message: `The email “fresh-${stamp}@x.example” is already on line 1.` },
      { line: 5, message: `invited-${stamp}@x.example is already invited to this meeting; withdraw the invitation to give them a new code.` },
    ]);
    expect(await db.select().from(users).where(eq(users.email, `fresh-${stamp}@x.example`))).toEqual([]);
  });
});
