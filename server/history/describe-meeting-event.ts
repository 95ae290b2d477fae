import { ROLE_LABELS, ROLES, type Role } from '@/lib/negotiation/roles';

/**
 * Sentences for the audit events of a meeting's setup and membership: who was added, invited,
 * moved or removed, and what changed in the agenda, programme and list of delegations. Names of
 * people are resolved elsewhere; these sentences use what the event itself recorded (emails,
 * delegation names, item numbers), so they stay true after the person or item is gone.
 */

type Details = Record<string, unknown>;
type Describe = (details: Details) => string;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : null);
const record = (value: unknown): Details => (value !== null && typeof value === 'object' ? (value as Details) : {});
const count = (value: unknown, one: string, many: string): string => {
  const n = typeof value === 'number' ? value : 0;
  return `${n} ${n === 1 ? one : many}`;
};

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
const roleName = (value: unknown): string => (isRole(value) ? ROLE_LABELS[value].toLowerCase() : 'participant');

const asRole = (value: unknown): string => `as ${roleName(value)}`;
const person = (d: Details): string => text(d.email) ?? 'a participant';
const delegationName = (d: Details): string => {
  const name = text(d.name);
  const short = text(d.shortName);
  if (name && short && short !== name) return `${name} (${short})`;
  return name ?? short ?? 'a delegation';
};
const agendaItem = (d: Details): string => (text(d.number) ? `agenda item ${text(d.number)}` : 'an agenda item');

function slotName(d: Details): string {
  const day = text(d.day);
  const startsAt = text(d.startsAt);
  if (day && startsAt) return `the ${day} ${startsAt} slot`;
  return day ? `a slot on ${day}` : 'a slot';
}

function changedFields(value: unknown): string {
  const names = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  if (names.length === 0) return 'Saved the meeting’s details without a change';
  return `Changed the meeting’s ${names.map((name) => MEETING_FIELD_NAMES[name] ?? name).join(', ')}`;
}

const MEETING_FIELD_NAMES: Record<string, string> = {
  title: 'title',
  body: 'body',
  subsidiaryBody: 'subsidiary body',
  session: 'session',
  venue: 'venue',
  startsOn: 'first day',
  endsOn: 'last day',
  symbolPrefix: 'document symbol prefix',
  agendaSymbol: 'agenda symbol',
};

function membershipChange(d: Details): string {
  const from = record(d.from);
  const to = record(d.to);
  if (from.role !== to.role) return `Changed a participant’s role from ${roleName(from.role)} to ${roleName(to.role)}`;
  if (from.delegationId !== to.delegation) return 'Moved a participant to another delegation';
  return 'Saved a participant’s role without a change';
}

function delegationUpdate(d: Details): string {
  const from = record(d.from);
  const to = record(d.to);
  const before = delegationName(from);
  const after = delegationName(to);
  return before === after ? `Changed the details of ${after}` : `Renamed ${before} to ${after}`;
}

function restored(d: Details): string {
  const exported = text(d.exportedAt);
  const when = exported ? ` exported on ${exported.slice(0, 10)}` : '';
  const accounts = typeof d.newAccounts === 'number' && d.newAccounts > 0 ? ` (${count(d.newAccounts, 'new account', 'new accounts')})` : '';
  return `Restored the meeting from a backup${when}${accounts}`;
}

export const MEETING_DESCRIPTIONS: Record<string, Describe> = {
  'meeting.create': (d) => (text(d.title) ? `Created the meeting “${text(d.title)}”` : 'Created the meeting'),
  'meeting.update': (d) => changedFields(d.changed),
  'meeting.restore': restored,
  'agenda.add': (d) => `Added ${agendaItem(d)}`,
  'agenda.update': (d) => `Changed ${agendaItem(record(d.from))}`,
  'agenda.remove': (d) => `Removed ${agendaItem(d)}${text(d.title) ? ` (“${text(d.title)}”)` : ''}`,
  'agenda.reorder': () => 'Reordered the agenda',
  'programme.add': (d) => `Added ${slotName(d)} to the programme of work`,
  'programme.update': (d) => `Changed ${slotName(d)} in the programme of work`,
  'programme.remove': (d) => `Removed ${slotName(d)} from the programme of work`,
  'participant.add': (d) => `Added ${person(d)} ${asRole(d.role)}, with a new account`,
  'participant.remove': (d) => `Removed a participant (${roleName(record(d.was).role)})`,
  'participant.password_reset': () => 'Gave a participant a new initial password',
  'participant.invite': (d) => `Invited ${person(d)} ${asRole(d.role)}`,
  'participant.invitation_accept': (d) => `Accepted an invitation and joined ${asRole(d.role)}`,
  'participant.invitation_withdraw': (d) => `Withdrew the invitation of ${person(d)}`,
  'membership.change': membershipChange,
  'delegation.add': (d) => `Added the delegation ${delegationName(d)}`,
  'delegation.update': delegationUpdate,
  'delegation.remove': (d) => `Removed the delegation ${delegationName(d)}`,
  'delegation.retire': (d) => `Retired the delegation ${delegationName(d)}`,
  'delegation.reinstate': (d) => `Reinstated the delegation ${delegationName(d)}`,
};
