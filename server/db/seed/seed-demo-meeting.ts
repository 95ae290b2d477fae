import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { buildDraftState, getProposals } from '@/lib/negotiation/draft-doc';
import { PROPOSAL_KEYS, type ProposalMarkAttrs } from '@/lib/negotiation/schema';
import type { DbExecutor, DbTransaction } from '@/server/db/client';
import { agendaItems, delegations, meetings, memberships, programmeSlots, users } from '@/server/db/schema';
import { createDraft } from '@/server/drafts/create-draft';
import { createUser } from '@/server/users/create-user';
import { hashPassword } from '@/server/users/hash-password';
import { demoDrafts, type DemoDraft } from './demo-drafts';
import { DEMO_AGENDA_TRANSLATIONS, DEMO_DELEGATION_NAMES, DEMO_MEETING_TRANSLATIONS } from './demo-translations';
import {
  DEMO_ADMINISTRATOR,
  DEMO_AGENDA,
  DEMO_DELEGATIONS,
  DEMO_MEETING,
  DEMO_PASSWORD,
  DEMO_PROGRAMME,
  DEMO_SIGN_INS,
  DEMO_USERS,
  type DemoSignIn,
} from './demo-meeting';

/**
 * Seeds the demo meeting into an EMPTY database (no meetings and no users) and returns the demo
 * sign-ins; returns [] and changes nothing otherwise. Runs in one transaction under an advisory
 * lock, so two instances starting together cannot both seed. `demoPasswordHash`: the demo
 * password's hash, when the caller started it earlier so that it overlaps other start-up work.
 */
export async function seedDemoMeeting(db: DbExecutor, { demoPasswordHash }: { demoPasswordHash?: Promise<string> } = {}): Promise<DemoSignIn[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('concord.seed-demo-meeting', 0))`);
    const result = await tx.execute<{ empty: boolean }>(
      sql`select not exists (select 1 from meetings) and not exists (select 1 from users) as empty`,
    );
    if (!result.rows[0]?.empty) return [];
    await seedInto(tx, await (demoPasswordHash ?? hashPassword(DEMO_PASSWORD)));
    return [...DEMO_SIGN_INS];
  });
}

async function seedInto(tx: DbTransaction, passwordHash: string): Promise<void> {
  const [meeting] = await tx.insert(meetings).values({ ...DEMO_MEETING, translations: DEMO_MEETING_TRANSLATIONS }).returning({ id: meetings.id });
  if (!meeting) throw new Error('demo meeting was not created');
  const meetingId = meeting.id;

  const items = await tx
    .insert(agendaItems)
    .values(DEMO_AGENDA.map((item, position) => ({ meetingId, position, ...item, titleTranslations: DEMO_AGENDA_TRANSLATIONS[item.number] ?? {} })))
    .returning({ id: agendaItems.id, number: agendaItems.number });
  await tx.insert(programmeSlots).values(DEMO_PROGRAMME.map((slot, position) => ({ meetingId, position, ...slot })));
  const delegationRows = await tx
    .insert(delegations)
    .values(DEMO_DELEGATIONS.map((delegation) => ({ meetingId, ...delegation, nameTranslations: DEMO_DELEGATION_NAMES[delegation.name] ?? {} })))
    .returning({ id: delegations.id, name: delegations.name });
  const delegationIdByName = new Map(delegationRows.map((row) => [row.name, row.id]));

  const userIdByEmail = new Map<string, string>();
  // scrypt is slow on purpose (tens of milliseconds); every demo account has the same published
  // password, so one hash serves them all instead of nine in a row on the way to the first page.
  for (const demoUser of DEMO_USERS) {
    const user = await createUser({ db: tx, email: demoUser.email, name: demoUser.name, passwordHash });
    userIdByEmail.set(demoUser.email, user.id);
    await tx.insert(memberships).values({
      userId: user.id,
      meetingId,
      role: demoUser.role,
      delegationId: demoUser.delegation ? required(delegationIdByName.get(demoUser.delegation), demoUser.delegation) : null,
    });
  }

  await tx.update(users).set({ isAdministrator: true }).where(eq(users.email, DEMO_ADMINISTRATOR));

  const drafts = demoDrafts({
    secretariatUserId: required(userIdByEmail.get('secretariat@concord.test'), 'secretariat user'),
    europeanUnion: required(delegationIdByName.get('European Union'), 'European Union'),
    egypt: required(delegationIdByName.get('Egypt'), 'Egypt'),
    canada: required(delegationIdByName.get('Canada'), 'Canada'),
    mexico: {
      delegationId: required(delegationIdByName.get('Mexico'), 'Mexico'),
      userId: required(userIdByEmail.get('mexico@concord.test'), 'Mexico user'),
    },
  });
  const positions = {
    [required(delegationIdByName.get('Argentina'), 'Argentina')]: 'support',
    [required(delegationIdByName.get('Canada'), 'Canada')]: 'oppose',
  } as const;
  for (const draft of drafts) {
    const agendaItem = items.find((item) => item.number === draft.agendaItemNumber);
    await createDraft({
      db: tx,
      meetingId,
      agendaItemId: agendaItem?.id ?? null,
      title: draft.title,
      symbol: draft.symbol,
      originalLanguage: draft.originalLanguage,
      initialState: buildDemoDraftState(draft, positions),
    });
  }
}

/** The paragraphs, plus the demo proposal's entry with a supporter and an objector. */
function buildDemoDraftState(draft: DemoDraft, positions: Record<string, 'support' | 'oppose'>): Uint8Array {
  const state = buildDraftState(draft.paragraphs);
  if (!draft.proposal) return state;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    doc.transact(() => writeProposalEntry(doc, required(draft.proposal, 'proposal'), positions));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

function writeProposalEntry(doc: Y.Doc, attrs: ProposalMarkAttrs, positions: Record<string, 'support' | 'oppose'>): void {
  const entry = new Y.Map<unknown>();
  getProposals(doc).set(attrs.proposal, entry);
  entry.set('delegation', attrs.delegation);
  entry.set('author', attrs.author);
  entry.set('at', attrs.at);
  const positionMap = new Y.Map<string>();
  entry.set(PROPOSAL_KEYS.positions, positionMap);
  for (const [delegationId, position] of Object.entries(positions)) positionMap.set(delegationId, position);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo seed: missing ${what}`);
  return value;
}
