import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';

/** Who is in the room, by delegation as the room counts them: "MEX Mexico (3)". */

export interface PresencePerson {
  clientId: number;
  name: string;
  role: string;
  delegationId: string | null;
}

export interface PresenceGroup {
  key: string;
  /** The short code shown beside the colour ("MEX", "Chair"), so colour is never the only cue. */
  code: string;
  name: string;
  /** The delegation's colour key (editor.css `data-color-index`), or null for the secretariat and viewers. */
  colorKey: string | null;
  people: PresencePerson[];
}

export interface PresenceNames {
  name(id: string): string;
  shortName(id: string): string;
  colorKey(id: string): string;
  /** A role's name in the reader's language ("Chair", "Secretariat"), for those counted by role. */
  roleName(role: string): string;
}

const ORDER: Record<string, number> = { chair: 0, secretariat: 1, delegate: 2, observer: 3, viewer: 4 };

function groupOf(person: PresencePerson, names: PresenceNames): Omit<PresenceGroup, 'people'> {
  if (person.role === 'chair') {
    const chair = names.roleName('chair');
    return { key: CHAIR_DELEGATION, code: chair, name: chair, colorKey: 'chair' };
  }
  if (person.delegationId && person.role !== 'viewer' && person.role !== 'secretariat') {
    const id = person.delegationId;
    return { key: id, code: names.shortName(id), name: names.name(id), colorKey: names.colorKey(id) };
  }
  const label = names.roleName(person.role);
  return { key: `role:${person.role}`, code: label, name: label, colorKey: null };
}

/**
 * One group per delegation (every person connected for it, each tab once), then the
 * secretariat and the viewers, each with its count. Chair first, then delegations A–Z.
 */
export function groupPresence(people: readonly PresencePerson[], names: PresenceNames): PresenceGroup[] {
  const groups = new Map<string, PresenceGroup & { rank: number }>();
  for (const person of people) {
    const group = groupOf(person, names);
    const existing = groups.get(group.key);
    if (existing) existing.people.push(person);
    else groups.set(group.key, { ...group, people: [person], rank: ORDER[person.role] ?? 5 });
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .map(({ rank: _rank, ...group }) => group);
}
