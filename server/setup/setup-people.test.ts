import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { MARKS } from '@/lib/negotiation/schema';
import { comments, delegations, draftUpdates, memberships, users } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { createDraft } from '@/server/drafts/create-draft';
import { AppError } from '@/server/http/app-error';
import { registerCollabHooks, type CollabHooks } from '@/server/collab/process-hooks';
import { getMembership } from '@/server/meetings/get-membership';
import { verifyPassword } from '@/server/users/verify-password';
import { addDelegation } from './add-delegation';
import { addParticipant } from './add-participant';
import { changeParticipant } from './change-participant';
import { removeDelegation } from './remove-delegation';
import { removeParticipant } from './remove-participant';
import { setDelegationRetired } from './set-delegation-retired';
import { addMember, meetingAudit, newMeeting } from '@/test-support/setup/setup-test-kit';

let database: TestDatabase;

beforeAll(async () => {
  database = await startTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

let removeHooks: (() => void) | undefined;

/** Stands in for the collaboration server through the same hooks the custom server installs. */
function installRefreshHook(refreshAccess: CollabHooks['refreshAccess']): void {
  removeHooks = registerCollabHooks({ refreshAccess, notifyDraft: () => undefined });
}

afterEach(() => {
  removeHooks?.();
  removeHooks = undefined;
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const mexicoFields = { name: 'Mexico', shortName: 'MEX', kind: 'state_party' as const };

describe('delegations', () => {
  it('deletes a delegation that has nothing in the record', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const mexico = await addDelegation({ db, userId: secretariatId, meetingId, fields: mexicoFields });
    await removeDelegation({ db, userId: secretariatId, meetingId, delegationId: mexico.id });
    expect(await db.select().from(delegations).where(eq(delegations.id, mexico.id))).toEqual([]);
    const actions = (await meetingAudit(db, meetingId)).map((event) => event.action);
    expect(actions).toEqual(['meeting.create', 'delegation.add', 'delegation.remove']);
  });

  it('refuses a second delegation with the same name or short name', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    await addDelegation({ db, userId: secretariatId, meetingId, fields: mexicoFields });
    const sameName = await refusal(addDelegation({ db, userId: secretariatId, meetingId, fields: { ...mexicoFields, name: 'mexico', shortName: 'MX' } }));
    expect(sameName.userMessage).toBe('There is already a delegation named "Mexico".');
    const sameShort = await refusal(addDelegation({ db, userId: secretariatId, meetingId, fields: { ...mexicoFields, name: 'Mexique' } }));
    expect(sameShort.code).toBe('conflict');
  });

  it('only retires a delegation with a proposal in a draft\'s initial state', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const mexico = await addDelegation({ db, userId: secretariatId, meetingId, fields: mexicoFields });
    const proposal = { proposal: 'p-1', delegation: mexico.id, author: secretariatId, at: '2022-06-29T10:00:00.000Z' };
    const initialState = buildDraftState([{ id: 'op1', label: '1', kind: 'OP', runs: [{ insert: 'establish', attributes: { [MARKS.insertion]: proposal } }] }]);
    await createDraft({ db, meetingId, agendaItemId: null, title: 'Draft', initialState });

    const error = await refusal(removeDelegation({ db, userId: secretariatId, meetingId, delegationId: mexico.id }));
    expect(error.code).toBe('conflict');
    expect(error.userMessage).toMatch(/^Mexico has proposals or positions in the record, so it cannot be deleted\. Retire it instead/);

    const hook = vi.fn<CollabHooks['refreshAccess']>(() => Promise.resolve());
    installRefreshHook(hook);
    const retired = await setDelegationRetired({ db, userId: secretariatId, meetingId, delegationId: mexico.id, retired: true });
    expect(retired.retired).toBe(true);
    expect(hook).toHaveBeenCalledWith({ meetingId });
    expect(await db.select({ name: delegations.name }).from(delegations).where(eq(delegations.id, mexico.id))).toEqual([{ name: 'Mexico' }]);
  });

  it('only retires a delegation that sent updates or commented', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const canada = await addDelegation({ db, userId: secretariatId, meetingId, fields: { name: 'Canada', shortName: 'CAN', kind: 'state_party' } });
    const egypt = await addDelegation({ db, userId: secretariatId, meetingId, fields: { name: 'Egypt', shortName: 'EGY', kind: 'state_party' } });
    const draft = await createDraft({ db, meetingId, agendaItemId: null, title: 'Draft', initialState: buildDraftState([]) });
    await db.insert(draftUpdates).values({ draftId: draft.id, update: buildDraftState([]), userId: secretariatId, delegationId: canada.id });
    await db.insert(comments).values({ draftId: draft.id, paragraphId: null, delegationId: egypt.id, userId: secretariatId });

    expect((await refusal(removeDelegation({ db, userId: secretariatId, meetingId, delegationId: canada.id }))).code).toBe('conflict');
    const egyptError = await refusal(removeDelegation({ db, userId: secretariatId, meetingId, delegationId: egypt.id }));
    expect(egyptError.userMessage).toMatch(/^Egypt has comments in the record/);
  });

  it('refuses to delete a delegation that still has participants', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const mexico = await addDelegation({ db, userId: secretariatId, meetingId, fields: mexicoFields });
    await addMember(db, meetingId, 'delegate', mexico.id);
    const error = await refusal(removeDelegation({ db, userId: secretariatId, meetingId, delegationId: mexico.id }));
    expect(error.userMessage).toBe('Mexico still has 1 participant. Move or remove them first.');
  });
});

describe('participants', () => {
  it('creates an account with an initial password that verifies, shown once', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const mexico = await addDelegation({ db, userId: secretariatId, meetingId, fields: mexicoFields });
    const added = await addParticipant({
      db,
      userId: secretariatId,
      meetingId,
      fields: { email: 'Delegate.Mexico@Example.org', name: 'Delegate of Mexico', role: 'delegate', delegationId: mexico.id },
    });
    if (added.kind !== 'account') throw new Error('expected a new account');
    expect(added.email).toBe('delegate.mexico@example.org');
    expect(added.initialPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const [user] = await db.select().from(users).where(eq(users.id, added.userId));
    expect(user?.passwordHash).not.toContain(added.initialPassword ?? '');
    expect(await verifyPassword(added.initialPassword ?? '', user?.passwordHash ?? '')).toBe(true);
    expect(user).toMatchObject({ mustChangePassword: true, createdInMeetingId: meetingId });
    expect(await getMembership({ db, userId: added.userId, meetingId })).toEqual({ role: 'delegate', delegationId: mexico.id });
    const [event] = (await meetingAudit(db, meetingId)).filter((e) => e.action === 'participant.add');
    expect(JSON.stringify(event?.details)).not.toContain(added.initialPassword ?? '');
  });

  it('invites an existing account instead of linking it, without touching its password, once per meeting', async () => {
    const { db } = database;
    const first = await newMeeting(db);
    const second = await newMeeting(db);
    const fields = { email: 'chair@example.org', name: 'Chair', role: 'chair' as const, delegationId: null };
    const created = await addParticipant({ db, userId: first.secretariatId, meetingId: first.meetingId, fields });
    if (created.kind !== 'account') throw new Error('expected a new account');
    const [before] = await db.select().from(users).where(eq(users.id, created.userId));
    const again = await addParticipant({ db, userId: second.secretariatId, meetingId: second.meetingId, fields });
    expect(again.kind).toBe('invitation');
    expect(await getMembership({ db, userId: created.userId, meetingId: second.meetingId })).toBeNull();
    const [after] = await db.select().from(users).where(eq(users.id, created.userId));
    expect(after?.passwordHash).toBe(before?.passwordHash);
    const duplicate = await refusal(addParticipant({ db, userId: second.secretariatId, meetingId: second.meetingId, fields }));
    expect(duplicate.userMessage).toBe('chair@example.org is already invited to this meeting. To give them a new code, withdraw the invitation and add them again.');
    const member = await refusal(addParticipant({ db, userId: first.secretariatId, meetingId: first.meetingId, fields }));
    expect(member.code).toBe('conflict');
  });

  it('requires a delegation for delegates and observers', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const error = await refusal(
      addParticipant({ db, userId: secretariatId, meetingId, fields: { email: 'x@example.org', name: 'X', role: 'observer', delegationId: null } }),
    );
    expect(error.userMessage).toBe('An observer must belong to a delegation.');
  });

  it('applies a role change and tells the collaboration server at once', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const mexico = await addDelegation({ db, userId: secretariatId, meetingId, fields: mexicoFields });
    const delegate = await addMember(db, meetingId, 'delegate', mexico.id);
    const hook = vi.fn<CollabHooks['refreshAccess']>(() => Promise.resolve());
    installRefreshHook(hook);

    await changeParticipant({ db, userId: secretariatId, meetingId, participantId: delegate, change: { role: 'viewer', delegationId: null } });
    expect(await getMembership({ db, userId: delegate, meetingId })).toEqual({ role: 'viewer', delegationId: null });
    expect(hook).toHaveBeenCalledTimes(1);
    expect(hook).toHaveBeenCalledWith({ userId: delegate, meetingId });

    await removeParticipant({ db, userId: secretariatId, meetingId, participantId: delegate });
    expect(await getMembership({ db, userId: delegate, meetingId })).toBeNull();
    expect(hook).toHaveBeenCalledTimes(2);
    const actions = (await meetingAudit(db, meetingId)).map((event) => event.action);
    expect(actions.slice(-2)).toEqual(['membership.change', 'participant.remove']);
  });

  it('a failing hook does not undo the change', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const chair = await addMember(db, meetingId, 'chair');
    installRefreshHook(() => Promise.reject(new Error('socket gone')));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    await changeParticipant({ db, userId: secretariatId, meetingId, participantId: chair, change: { role: 'secretariat', delegationId: null } });
    expect(await getMembership({ db, userId: chair, meetingId })).toEqual({ role: 'secretariat', delegationId: null });
  });

  it('keeps at least one secretariat member', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const demote = await refusal(changeParticipant({ db, userId: secretariatId, meetingId, participantId: secretariatId, change: { role: 'viewer', delegationId: null } }));
    expect(demote.userMessage).toMatch(/^The meeting must keep at least one secretariat member/);
    expect((await refusal(removeParticipant({ db, userId: secretariatId, meetingId, participantId: secretariatId }))).code).toBe('conflict');
  });

  it('refuses every setup change from anyone but the secretariat, and from non-members', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const mexico = await addDelegation({ db, userId: secretariatId, meetingId, fields: mexicoFields });
    const chair = await addMember(db, meetingId, 'chair');
    const delegate = await addMember(db, meetingId, 'delegate', mexico.id);
    const outsider = (await newMeeting(db)).secretariatId;
    const fields = { email: 'new@example.org', name: 'New', role: 'delegate' as const, delegationId: mexico.id };
    for (const userId of [chair, delegate]) {
      expect((await refusal(addParticipant({ db, userId, meetingId, fields }))).code).toBe('forbidden');
      expect((await refusal(changeParticipant({ db, userId, meetingId, participantId: delegate, change: { role: 'chair', delegationId: null } }))).code).toBe('forbidden');
      expect((await refusal(addDelegation({ db, userId, meetingId, fields: { name: 'Peru', shortName: 'PER', kind: 'state_party' } }))).code).toBe('forbidden');
      expect((await refusal(setDelegationRetired({ db, userId, meetingId, delegationId: mexico.id, retired: true }))).code).toBe('forbidden');
    }
    expect((await refusal(removeDelegation({ db, userId: outsider, meetingId, delegationId: mexico.id }))).code).toBe('not_found');
    expect(await getMembership({ db, userId: delegate, meetingId })).toEqual({ role: 'delegate', delegationId: mexico.id });
    const stillThere = await db.select().from(memberships).where(and(eq(memberships.meetingId, meetingId), eq(memberships.role, 'chair')));
    expect(stillThere).toHaveLength(1);
  });
});
