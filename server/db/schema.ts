import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LanguageTexts, MeetingTranslations } from '../../lib/meetings/translations';
import { ROLES } from '../../lib/negotiation/roles';

/**
 * The one PostgreSQL schema of Concord. Generated migrations live in drizzle/;
 * change this file, then `npx drizzle-kit generate --name <what_changed>`.
 */

/** Yjs updates and states are raw bytes; expose them as Uint8Array rather than Buffer. */
export const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType() {
    return 'bytea';
  },
  toDriver(value) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  },
  fromDriver(value) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  },
});

export const membershipRole = pgEnum('membership_role', ROLES);

export const DELEGATION_KINDS = ['state_party', 'signatory', 'observer', 'group'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];
export const delegationKind = pgEnum('delegation_kind', DELEGATION_KINDS);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lowercased so that sign-in is case-insensitive and the unique index means what it says.
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** An instance administrator may create meetings and restore backups; other accounts only take part. */
    isAdministrator: boolean('is_administrator').notNull().default(false),
    /**
     * Set while the account still has a one-time password that a secretariat saw (a new account, a
     * reset): its owner must choose their own before doing anything else.
     */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /**
     * The meeting whose secretariat created the account. Only that secretariat may issue it a new
     * initial password, and only while its owner has not chosen one.
     */
    createdInMeetingId: uuid('created_in_meeting_id').references((): AnyPgColumn => meetings.id, { onDelete: 'set null' }),
    /** The interface language its owner chose (one of the six UN languages); null until they choose. */
    locale: text('locale'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('users_email_unique').on(table.email),
    check('users_email_lowercase', sql`${table.email} = lower(${table.email})`),
  ],
);

export const meetings = pgTable('meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  /** The parent body, e.g. "Conference of the Parties to the United Nations Convention against …". */
  body: text('body').notNull(),
  /** e.g. "Working Group on Trafficking in Persons". */
  subsidiaryBody: text('subsidiary_body'),
  /** e.g. "Twelfth meeting". */
  session: text('session'),
  venue: text('venue').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  /** Document symbol stem, e.g. "CTOC/COP/WG.4/2022"; CRPs are numbered under it. */
  symbolPrefix: text('symbol_prefix').notNull(),
  /** Symbol of the provisional agenda, e.g. "CTOC/COP/WG.4/2022/1". */
  agendaSymbol: text('agenda_symbol'),
  /** Title, body, subsidiary body and venue in the other UN languages: { zh: { venue: '维也纳' } }. */
  translations: jsonb('translations').$type<MeetingTranslations>().notNull().default({}),
  createdAt: createdAt(),
});

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** As printed on the agenda: "1", "1(a)", "2". */
    number: text('number').notNull(),
    title: text('title').notNull(),
    /** The title in the other UN languages, as their provisional agendas print it. */
    titleTranslations: jsonb('title_translations').$type<LanguageTexts>().notNull().default({}),
    position: integer('position').notNull(),
  },
  (table) => [
    uniqueIndex('agenda_items_meeting_number_unique').on(table.meetingId, table.number),
    index('agenda_items_meeting_position_idx').on(table.meetingId, table.position),
  ],
);

export const programmeSlots = pgTable(
  'programme_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    /** As printed in the programme of work: "10 a.m.", "3 p.m.". */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    /** Agenda item numbers taken up in this slot, in order: ["1(a)", "1(b)", "2"]. */
    items: text('items').array().notNull().default(sql`'{}'::text[]`),
    /** The subset of `items` resumed from an earlier slot, printed as "2 (continued)". */
    continuedItems: text('continued_items').array().notNull().default(sql`'{}'::text[]`),
    /** Free text printed under the slot, e.g. "Informal consultations". */
    note: text('note'),
    /** Order within the day, since "10 a.m." does not sort as text. */
    position: integer('position').notNull().default(0),
  },
  (table) => [index('programme_slots_meeting_day_idx').on(table.meetingId, table.day, table.position)],
);

export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** The UN short name in the other UN languages (e.g. { fr: 'Mexique', zh: '墨西哥' }), for papers in those languages. */
    nameTranslations: jsonb('name_translations').$type<LanguageTexts>().notNull().default({}),
    kind: delegationKind('kind').notNull(),
    /** Kept, not deleted, so that old attributions still resolve to a name. */
    retired: boolean('retired').notNull().default(false),
  },
  (table) => [uniqueIndex('delegations_meeting_name_unique').on(table.meetingId, table.name)],
);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull(),
    delegationId: uuid('delegation_id').references(() => delegations.id, { onDelete: 'set null' }),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.meetingId] }),
    index('memberships_meeting_idx').on(table.meetingId),
  ],
);

/**
 * An offer to an existing account to join a meeting. A secretariat adding an email that already
 * has an account gets one of these instead of a membership, so that whoever knows that account's
 * password (possibly another meeting's secretariat) cannot be let into this meeting by it: the
 * code goes to the person, who redeems it while signed in as that email.
 */
export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** Lowercased, like users.email; only the account with this email can redeem the code. */
    email: text('email').notNull(),
    /** As the secretariat typed it, for the participants list. */
    name: text('name').notNull(),
    role: membershipRole('role').notNull(),
    delegationId: uuid('delegation_id').references(() => delegations.id, { onDelete: 'set null' }),
    /** SHA-256 of the code (hex): the code is random and long, so a slow hash adds nothing. */
    codeHash: text('code_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('meeting_invitations_code_unique').on(table.codeHash),
    uniqueIndex('meeting_invitations_pending_unique').on(table.meetingId, table.email).where(sql`${table.acceptedAt} is null`),
    check('meeting_invitations_email_lowercase', sql`${table.email} = lower(${table.email})`),
  ],
);

export const drafts = pgTable(
  'drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** e.g. "CTOC/COP/WG.4/2022/CRP.1". */
    symbol: text('symbol'),
    originalLanguage: text('original_language').notNull().default('en'),
    createdAt: createdAt(),
  },
  (table) => [index('drafts_meeting_idx').on(table.meetingId)],
);

/**
 * The append-only Yjs update log. Rows are never deleted by compaction: together they are the
 * attribution history (who sent which change, as which delegation).
 *
 * No foreign keys, on purpose: every keystroke is one INSERT here, and a foreign key check locks
 * the referenced draft and user rows for share (a WAL record each, in every keystroke's commit),
 * which measured about 50 µs of a 0.5 ms durable write. Only the collaboration server (for a
 * draft its room loaded, by a user who signed in) and a meeting's restore (which checks every
 * reference in the file first) write rows, and nothing deletes drafts or users.
 */
export const draftUpdates = pgTable(
  'draft_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    draftId: uuid('draft_id').notNull(),
    update: bytea('update').notNull(),
    userId: uuid('user_id'),
    /** A delegation UUID, or 'CHAIR' for the chair's compromise text; null for system writes. */
    delegationId: text('delegation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('draft_updates_draft_id_idx').on(table.draftId, table.id)],
);

/** The compacted state of a draft: every update with id <= throughUpdateId is included. */
export const draftSnapshots = pgTable('draft_snapshots', {
  draftId: uuid('draft_id')
    .primaryKey()
    .references(() => drafts.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  throughUpdateId: bigint('through_update_id', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Named snapshots ("Rev.1") taken by the secretariat or the chair. */
export const revisions = pgTable(
  'revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => drafts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    note: text('note'),
    state: bytea('state').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    index('revisions_draft_idx').on(table.draftId, table.createdAt),
    // Two "Rev.2" of one draft would make every reference to a revision ambiguous.
    uniqueIndex('revisions_draft_name_unique').on(table.draftId, table.name),
  ],
);

/** Comments on paragraphs; the text lives in comment_versions so that every edit is kept. */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => drafts.id, { onDelete: 'cascade' }),
    /** Paragraph id in the draft's Y.Doc; null for a comment on the draft as a whole. */
    paragraphId: text('paragraph_id'),
    delegationId: text('delegation_id'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The comment this one answers, in the same draft; null for a new thread. */
    replyToId: uuid('reply_to_id').references((): AnyPgColumn => comments.id, { onDelete: 'set null' }),
    /** The span of paragraph text the comment is about, as it read then (text may change later). */
    quote: text('quote'),
    createdAt: createdAt(),
    /** Set when withdrawn; the row and its versions stay for the record. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** Who withdrew it (the author, or the secretariat). */
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [index('comments_draft_paragraph_idx').on(table.draftId, table.paragraphId)],
);

export const commentVersions = pgTable(
  'comment_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('comment_versions_comment_idx').on(table.commentId, table.id)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    draftId: uuid('draft_id').references(() => drafts.id, { onDelete: 'cascade' }),
    paragraphId: text('paragraph_id'),
    proposalId: text('proposal_id'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    delegationId: text('delegation_id'),
    /** e.g. "proposal.accept", "paragraph.status", "membership.change". */
    action: text('action').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('audit_events_draft_idx').on(table.draftId, table.paragraphId, table.id),
    index('audit_events_meeting_idx').on(table.meetingId, table.id),
  ],
);

export type User = typeof users.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;
export type ProgrammeSlot = typeof programmeSlots.$inferSelect;
export type Delegation = typeof delegations.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type MeetingInvitation = typeof meetingInvitations.$inferSelect;
export type Draft = typeof drafts.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
export type Revision = typeof revisions.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type CommentVersion = typeof commentVersions.$inferSelect;

/**
 * Failed sign-ins per key (a client address, an account), shared by every instance so that N
 * instances behind a load balancer do not allow N times the guesses. Rows are forgotten once
 * stale; see server/auth/login-throttle.ts for the rule.
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true, mode: 'date' }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('sign_in_throttle_last_failure_idx').on(table.lastFailureAt)],
);
