import { and, eq } from 'drizzle-orm';
import { encode, type JWT } from 'next-auth/jwt';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getMeeting } from '@/app/api/meetings/[meetingId]/route';
import { POST as mintCollabToken } from '@/app/api/collab-token/route';
import { choosePasswordAction } from '@/app/account/password/actions';
import { redeemInvitationAction } from '@/app/invitations/actions';
import { addParticipantAction, addDelegationAction, resetParticipantPasswordAction, withdrawInvitationAction } from '@/app/meetings/[meetingId]/setup/actions';
import { CLOSE } from '@/lib/collab/protocol';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { authOptions } from '@/server/auth/auth-options';
import { authorizeCredentials } from '@/server/auth/authorize-credentials';
import { CLIENT_ADDRESS_HEADER } from '@/server/auth/client-address';
import { PASSWORD_CHANGE_REQUIRED } from '@/server/auth/password-change-required';
import { startCollabTestServer, TEST_AUTH_SECRET, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import type { DbHandle } from '@/server/db/client';
import { delegations, meetingInvitations, signInThrottle, users } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { createDraft } from '@/server/drafts/create-draft';
import { signInAs } from '@/test-support/http/fake-session';
import { apiRequest, routeParams, useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { getMembership } from '@/server/meetings/get-membership';
import { NOT_YOURS_TO_RESET } from '@/server/setup/reset-participant-password';
import { IDLE, type SetupActionState } from '@/lib/setup/setup-action-state';
import { newMeeting } from '@/test-support/setup/setup-test-kit';
import { INVITATION_REFUSALS, redeemInvitation } from './redeem-invitation';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));
// Server actions outside Next: no page cache to refresh, and the request headers are the test's.
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: '10.9.0.1' }) }));

let database: TestDatabase;
let handle: DbHandle;
let collab: CollabTestServer;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  collab = await startCollabTestServer(database.db);
});

afterAll(async () => {
  await collab?.close();
  await handle?.close();
  await database?.stop();
});

beforeEach(async () => {
  await database.db.delete(signInThrottle);
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function actAs(userId: string): Promise<void> {
  const [user] = await database.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new Error(`no user ${userId}`);
  signInAs({ id: user.id, name: user.name, email: user.email });
}

function secretOf(state: SetupActionState): string {
  if (state.status !== 'ok' || !state.secret) throw new Error(`expected a secret, got ${JSON.stringify(state)}`);
  return state.secret;
}

/** Two meetings with their own secretariats; B has a delegation of Mexico. */
async function twoMeetings() {
  const a = await newMeeting(database.db);
  const b = await newMeeting(database.db);
  await actAs(b.secretariatId);
  await addDelegationAction(b.meetingId, IDLE, form({ name: 'Mexico', shortName: 'MEX', kind: 'state_party' }));
  const [mexico] = await database.db.select().from(delegations).where(eq(delegations.meetingId, b.meetingId));
  if (!mexico) throw new Error('no delegation');
  return { a, b, mexicoInB: mexico.id };
}

/** A's secretariat adds `email`, then B's secretariat adds it as Mexico's delegate: the initial password and B's code. */
async function addedByBoth(email: string) {
  const meetings = await twoMeetings();
  await actAs(meetings.a.secretariatId);
  const initialPassword = secretOf(await addParticipantAction(meetings.a.meetingId, IDLE, form({ email, name: 'Ms. X', role: 'chair' })));
  await actAs(meetings.b.secretariatId);
  const invited = await addParticipantAction(meetings.b.meetingId, IDLE, form({ email, name: 'Ms. X', role: 'delegate', delegationId: meetings.mexicoInB }));
  const [account] = await database.db.select().from(users).where(eq(users.email, email));
  if (!account) throw new Error('no account');
  return { ...meetings, initialPassword, invited, code: secretOf(invited), accountId: account.id };
}

const choose = (current: string, next: string) =>
  choosePasswordAction(IDLE, form({ currentPassword: current, newPassword: next, confirmPassword: next }));

describe('an email added by two meetings', () => {
  it('does not let the first meeting\'s secretariat, who knows the initial password, into the second meeting', async () => {
    const x = await addedByBoth('x@hijack.test');
    expect(x.invited.status === 'ok' && x.invited.message).toMatch(
      /^This email already has a Concord account; it joins this meeting only when its owner accepts with the invitation code below\./,
    );
    expect(await getMembership({ db: database.db, userId: x.accountId, meetingId: x.b.meetingId })).toBeNull();

    // A's secretariat signs in as X with the password it was shown.
    const signedIn = await authorizeCredentials({ credentials: { email: 'x@hijack.test', password: x.initialPassword }, headers: { [CLIENT_ADDRESS_HEADER]: '10.9.0.2' } });
    expect(signedIn).toMatchObject({ id: x.accountId, mustChangePassword: true });
    await actAs(x.accountId);
    const refused = await getMeeting(apiRequest(`/api/meetings/${x.a.meetingId}`), routeParams({ meetingId: x.a.meetingId }));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toEqual({ code: 'password_change_required', message: PASSWORD_CHANGE_REQUIRED, key: 'server.http.passwordChangeRequired', params: {} });
    expect(await redeemInvitationAction(IDLE, form({ code: x.code }))).toMatchObject({ status: 'error', message: PASSWORD_CHANGE_REQUIRED });

    // Having chosen a password, the account is still not in B, and guessing codes gets nowhere.
    expect(await choose(x.initialPassword, 'taken-over-account')).toMatchObject({ status: 'ok' });
    const notMember = await getMeeting(apiRequest(`/api/meetings/${x.b.meetingId}`), routeParams({ meetingId: x.b.meetingId }));
    expect(notMember.status).toBe(404);
    expect(await redeemInvitationAction(IDLE, form({ code: 'ABCD-EFGH-JKLM-NPQR' }))).toMatchObject({ status: 'error', message: INVITATION_REFUSALS.wrong });
    expect(await getMembership({ db: database.db, userId: x.accountId, meetingId: x.b.meetingId })).toBeNull();

    // Only B's code, which B's secretariat gives the person, makes the membership.
    const joined = await redeemInvitationAction(IDLE, form({ code: x.code.toLowerCase() }));
    expect(joined).toMatchObject({ status: 'ok', link: `/meetings/${x.b.meetingId}` });
    expect(await getMembership({ db: database.db, userId: x.accountId, meetingId: x.b.meetingId })).toEqual({ role: 'delegate', delegationId: x.mexicoInB });
    expect(await redeemInvitationAction(IDLE, form({ code: x.code }))).toMatchObject({ status: 'error', message: INVITATION_REFUSALS.wrong });
  });

  it('lets neither secretariat issue a new password once the owner has chosen one, nor B\'s ever', async () => {
    const x = await addedByBoth('reset@hijack.test');
    await actAs(x.b.secretariatId);
    const notMember = await resetParticipantPasswordAction(x.b.meetingId, IDLE, form({ userId: x.accountId }));
    expect(notMember).toMatchObject({ status: 'error', message: 'No such participant in this meeting.' });

    // Before the owner signs in, A may issue a new initial password (the first was lost).
    await actAs(x.a.secretariatId);
    const second = secretOf(await resetParticipantPasswordAction(x.a.meetingId, IDLE, form({ userId: x.accountId })));
    await actAs(x.accountId);
    expect(await choose(second, 'the-owners-own-password')).toMatchObject({ status: 'ok' });
    expect(await redeemInvitationAction(IDLE, form({ code: x.code }))).toMatchObject({ status: 'ok' });

    for (const { meetingId, secretariatId } of [x.a, x.b]) {
      await actAs(secretariatId);
      expect(await resetParticipantPasswordAction(meetingId, IDLE, form({ userId: x.accountId }))).toEqual({ status: 'error', message: NOT_YOURS_TO_RESET, at: expect.any(Number) });
    }
    const signedIn = await authorizeCredentials({ credentials: { email: 'reset@hijack.test', password: 'the-owners-own-password' }, headers: { [CLIENT_ADDRESS_HEADER]: '10.9.0.3' } });
    expect(signedIn.mustChangePassword).toBe(false);
  });
});

describe('invitation codes', () => {
  it('work only for the invited account', async () => {
    const x = await addedByBoth('only-x@hijack.test');
    const other = (await newMeeting(database.db)).secretariatId;
    await actAs(other);
    expect(await redeemInvitationAction(IDLE, form({ code: x.code }))).toMatchObject({ status: 'error', message: INVITATION_REFUSALS.wrong });
    expect(await getMembership({ db: database.db, userId: other, meetingId: x.b.meetingId })).toBeNull();
  });

  it('expire', async () => {
    const x = await addedByBoth('late@hijack.test');
    await database.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, x.accountId));
    const [invitation] = await database.db.select().from(meetingInvitations).where(eq(meetingInvitations.email, 'late@hijack.test'));
    const later = new Date((invitation?.expiresAt.getTime() ?? 0) + 1);
    const expired = redeemInvitation({ db: database.db, userId: x.accountId, code: x.code, address: '10.9.0.4', now: later });
    await expect(expired).rejects.toThrow(INVITATION_REFUSALS.expired);
    expect(await getMembership({ db: database.db, userId: x.accountId, meetingId: x.b.meetingId })).toBeNull();
  });

  it('are slowed down like sign-ins: after five wrong codes even the right one must wait', async () => {
    const x = await addedByBoth('guesses@hijack.test');
    await database.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, x.accountId));
    await actAs(x.accountId);
    const wrong = await Promise.all(Array.from({ length: 5 }, (_, i) => redeemInvitationAction(IDLE, form({ code: `WRNG-CODE-0000-000${i + 2}` }))));
    expect(wrong.map((state) => state.status === 'error' && state.message)).toEqual(Array(5).fill(INVITATION_REFUSALS.wrong));
    expect(await redeemInvitationAction(IDLE, form({ code: x.code }))).toMatchObject({ status: 'error', message: INVITATION_REFUSALS.throttled });
    expect(await getMembership({ db: database.db, userId: x.accountId, meetingId: x.b.meetingId })).toBeNull();
  });

  it('stop working when the secretariat withdraws the invitation, which only the secretariat can', async () => {
    const x = await addedByBoth('withdrawn@hijack.test');
    const [invitation] = await database.db
      .select()
      .from(meetingInvitations)
      .where(and(eq(meetingInvitations.meetingId, x.b.meetingId), eq(meetingInvitations.email, 'withdrawn@hijack.test')));
    if (!invitation) throw new Error('no invitation');
    await database.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, x.accountId));
    await actAs(x.accountId);
    expect(await withdrawInvitationAction(x.b.meetingId, IDLE, form({ invitationId: invitation.id }))).toMatchObject({ status: 'error' });
    await actAs(x.b.secretariatId);
    expect(await withdrawInvitationAction(x.b.meetingId, IDLE, form({ invitationId: invitation.id }))).toMatchObject({ status: 'ok' });
    await actAs(x.accountId);
    expect(await redeemInvitationAction(IDLE, form({ code: x.code }))).toMatchObject({ status: 'error', message: INVITATION_REFUSALS.wrong });
  });
});

describe('an account that must choose its password', () => {
  /** The session token next-auth issues at sign-in, through the app's own jwt callback. */
  async function sessionToken(token: JWT, user?: { id: string; name: string; mustChangePassword: boolean }): Promise<JWT> {
    const jwt = authOptions.callbacks?.jwt;
    if (!jwt) throw new Error('no jwt callback');
    return jwt({ token, user: user ?? (undefined as never), account: null } as Parameters<typeof jwt>[0]);
  }

  /** Opens the draft's websocket with a session cookie; resolves with the close code, or 'open' once the server has spoken. */
  async function openWebsocket(draftId: string, token: JWT): Promise<number | 'open'> {
    return (await openWebsocketWithReason(draftId, token)).outcome;
  }

  async function openWebsocketWithReason(draftId: string, token: JWT): Promise<{ outcome: number | 'open'; reason: string }> {
    const cookie = `next-auth.session-token=${await encode({ token, secret: TEST_AUTH_SECRET })}`;
    const socket = new WebSocket(`${collab.url}/draft:${draftId}`, { headers: { cookie } });
    let outcome: number | 'open' | undefined;
    let reason = '';
    socket.on('message', () => (outcome ??= 'open'));
    socket.on('close', (code, why) => {
      outcome ??= code;
      reason = why.toString();
    });
    await waitFor(() => outcome !== undefined, 'the websocket answers');
    socket.close();
    return { outcome: outcome as number | 'open', reason };
  }

  it('is refused by API routes, setup actions, the collaboration token and the websocket until it has', async () => {
    const { meetingId, secretariatId } = await newMeeting(database.db);
    await actAs(secretariatId);
    const password = secretOf(await addParticipantAction(meetingId, IDLE, form({ email: 'chair@first-sign-in.test', name: 'Chair', role: 'chair' })));
    const draft = await createDraft({ db: database.db, meetingId, agendaItemId: null, title: 'Draft', initialState: buildDraftState([{ id: 'op1', label: '1', kind: 'OP', runs: [{ insert: 'Recommends' }] }]) });
    const signedIn = await authorizeCredentials({ credentials: { email: 'chair@first-sign-in.test', password }, headers: { [CLIENT_ADDRESS_HEADER]: '10.9.0.5' } });
    const flagged = await sessionToken({ sub: signedIn.id }, { id: signedIn.id, name: signedIn.name, mustChangePassword: signedIn.mustChangePassword });
    expect(flagged.mustChangePassword).toBe(true);

    await actAs(signedIn.id);
    const token = await mintCollabToken(apiRequest('/api/collab-token', { method: 'POST' }), routeParams({}));
    expect(token.status).toBe(403);
    const setup = await addDelegationAction(meetingId, IDLE, form({ name: 'Peru', shortName: 'PER', kind: 'state_party' }));
    expect(setup).toMatchObject({ status: 'error', message: PASSWORD_CHANGE_REQUIRED });
    expect(await openWebsocketWithReason(draft.id, flagged)).toEqual({ outcome: CLOSE.unauthorized, reason: 'choose your own password first' });

    expect(await choose(password, 'too-short')).toMatchObject({ status: 'error', message: 'Choose a password of at least 10 characters.' });
    expect(await choose('not-the-password', 'a-long-enough-password')).toMatchObject({ status: 'error', message: expect.stringMatching(/^The current password is not correct/) });
    expect(await choose(password, 'a-long-enough-password')).toMatchObject({ status: 'ok' });

    const refreshed = await sessionToken(flagged);
    expect(refreshed.mustChangePassword).toBe(false);
    expect(await openWebsocket(draft.id, refreshed)).toBe('open');
    expect((await mintCollabToken(apiRequest('/api/collab-token', { method: 'POST' }), routeParams({}))).status).toBe(200);
    const meeting = await getMeeting(apiRequest(`/api/meetings/${meetingId}`), routeParams({ meetingId }));
    expect((await meeting.json()).you).toEqual({ role: 'chair', delegationId: null });
  });
});
