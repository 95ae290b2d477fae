import { say, type SentenceParam, type ServerSentence } from '@/lib/i18n/server-sentences';
import { ROLES, type Role } from '@/lib/negotiation/roles';
import { joined, text } from './history-words';

/**
 * Sentences for the audit events of a meeting's setup and membership: who was added, invited,
 * moved or removed, and what changed in the agenda, programme and list of delegations. Names of
 * people are resolved elsewhere; these sentences use what the event itself recorded (emails,
 * delegation names, item numbers), so they stay true after the person or item is gone.
 */

type Details = Record<string, unknown>;
type Describe = (details: Details) => ServerSentence;

const record = (value: unknown): Details => (value !== null && typeof value === 'object' ? (value as Details) : {});
const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
const roleName = (value: unknown): ServerSentence => say(isRole(value) ? `server.history.role.${value}` : 'server.history.role.participant', {});
const person = (d: Details): SentenceParam => text(d.email) ?? say('server.history.someone', {});

function delegationName(d: Details): SentenceParam {
  const name = text(d.name);
  const short = text(d.shortName);
  if (name && short && short !== name) return `${name} (${short})`;
  return name ?? short ?? say('server.history.someDelegation', {});
}

const agendaItem = (d: Details): ServerSentence => {
  const number = text(d.number);
  return number ? say('server.history.item.numbered', { number }) : say('server.history.item.unnumbered', {});
};

function slotName(d: Details): ServerSentence {
  const day = text(d.day);
  const time = text(d.startsAt);
  if (day && time) return say('server.history.slot.at', { day, time });
  return day ? say('server.history.slot.on', { day }) : say('server.history.slot.any', {});
}

const MEETING_FIELDS = ['title', 'body', 'subsidiaryBody', 'session', 'venue', 'startsOn', 'endsOn', 'symbolPrefix', 'agendaSymbol'] as const;
const isMeetingField = (name: string): name is (typeof MEETING_FIELDS)[number] => (MEETING_FIELDS as readonly string[]).includes(name);

function changedFields(value: unknown): ServerSentence {
  const names = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  if (names.length === 0) return say('server.history.meetingUnchanged', {});
  const fields = names.map((name): SentenceParam => (isMeetingField(name) ? say(`server.history.field.${name}`, {}) : name));
  return say('server.history.meetingChanged', { fields: joined(fields, true) });
}

function membershipChange(d: Details): ServerSentence {
  const from = record(d.from);
  const to = record(d.to);
  if (from.role !== to.role) return say('server.history.roleChanged', { from: roleName(from.role), to: roleName(to.role) });
  if (from.delegationId !== to.delegation) return say('server.history.participantMoved', {});
  return say('server.history.roleUnchanged', {});
}

function delegationUpdate(d: Details): ServerSentence {
  const before = delegationName(record(d.from));
  const after = delegationName(record(d.to));
  return JSON.stringify(before) === JSON.stringify(after)
    ? say('server.history.delegationChanged', { name: after })
    : say('server.history.delegationRenamed', { from: before, to: after });
}

function restored(d: Details): ServerSentence {
  const exported = text(d.exportedAt);
  const sentence = exported ? say('server.history.restoredOn', { date: exported.slice(0, 10) }) : say('server.history.restored', {});
  return typeof d.newAccounts === 'number' && d.newAccounts > 0 ? say('server.history.restoredAccounts', { restored: sentence, count: d.newAccounts }) : sentence;
}

function removedItem(d: Details): ServerSentence {
  const title = text(d.title);
  return title ? say('server.history.agendaRemovedTitled', { item: agendaItem(d), title }) : say('server.history.agendaRemoved', { item: agendaItem(d) });
}

export const MEETING_DESCRIPTIONS: Record<string, Describe> = {
  'meeting.create': (d) => {
    const title = text(d.title);
    return title ? say('server.history.meetingCreated', { title }) : say('server.history.meetingCreatedPlain', {});
  },
  'meeting.update': (d) => changedFields(d.changed),
  'meeting.restore': restored,
  'agenda.add': (d) => say('server.history.agendaAdded', { item: agendaItem(d) }),
  'agenda.update': (d) => say('server.history.agendaChanged', { item: agendaItem(record(d.from)) }),
  'agenda.remove': removedItem,
  'agenda.reorder': () => say('server.history.agendaReordered', {}),
  'programme.add': (d) => say('server.history.programmeAdded', { slot: slotName(d) }),
  'programme.update': (d) => say('server.history.programmeChanged', { slot: slotName(d) }),
  'programme.remove': (d) => say('server.history.programmeRemoved', { slot: slotName(d) }),
  'participant.add': (d) => say('server.history.participantAdded', { person: person(d), role: roleName(d.role) }),
  'participant.remove': (d) => say('server.history.participantRemoved', { role: roleName(record(d.was).role) }),
  'participant.password_reset': () => say('server.history.passwordReset', {}),
  'participant.invite': (d) => say('server.history.invited', { person: person(d), role: roleName(d.role) }),
  'participant.invitation_accept': (d) => say('server.history.invitationAccepted', { role: roleName(d.role) }),
  'participant.invitation_withdraw': (d) => say('server.history.invitationWithdrawn', { person: person(d) }),
  'membership.change': membershipChange,
  'delegation.add': (d) => say('server.history.delegationAdded', { name: delegationName(d) }),
  'delegation.update': delegationUpdate,
  'delegation.remove': (d) => say('server.history.delegationRemoved', { name: delegationName(d) }),
  'delegation.retire': (d) => say('server.history.delegationRetired', { name: delegationName(d) }),
  'delegation.reinstate': (d) => say('server.history.delegationReinstated', { name: delegationName(d) }),
};
