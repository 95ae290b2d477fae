import { ROLE_DELEGATION, ROLE_LABELS, ROLES, type Role } from '@/lib/negotiation/roles';
import { say, type ServerSentence } from '../i18n/server-sentences';
import { cellOf, findRepeats, listError, type ListError, readColumns } from './list-columns';
import { parseCsv } from './parse-csv';

export interface ParticipantListRow {
  line: number;
  email: string;
  name: string;
  role: Role;
  /** The delegation's id, found by its name or short name; null for the secretariat and the chair. */
  delegationId: string | null;
  /** As written in the list, for the preview. */
  delegationName: string | null;
}

export interface KnownDelegation {
  id: string;
  name: string;
  shortName: string;
  retired: boolean;
}

type Field = 'email' | 'name' | 'role' | 'delegation';

const COLUMNS: Record<Field, readonly string[]> = {
  email: ['email', 'e mail', 'mail', 'email address'],
  name: ['name', 'full name', 'participant'],
  role: ['role', 'function'],
  delegation: ['delegation', 'country', 'delegation short name', 'short name'],
};

const ROLE_WORDS: Record<string, Role> = {
  '': 'delegate',
  ...Object.fromEntries(ROLES.map((role) => [role, role])),
  ...Object.fromEntries(ROLES.map((role) => [ROLE_LABELS[role].toLowerCase(), role])),
  delegates: 'delegate',
  representative: 'delegate',
  secretary: 'secretariat',
  chairperson: 'chair',
  chairman: 'chair',
  president: 'chair',
};

/** Enough to catch a name pasted into the email column; the server checks the address again. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A list of participants, one a line: email, name, role (delegate if blank), delegation (its name
 * or short name). Delegates and observers need a delegation of the meeting that is not retired;
 * the secretariat and the chair sit with none. Every problem names its line.
 */
export function readParticipantList(
  text: string,
  delegations: readonly KnownDelegation[],
): { rows: ParticipantListRow[]; errors: ListError[] } {
  const { columns, body } = readColumns(parseCsv(text), COLUMNS, ['email', 'name', 'role', 'delegation']);
  const byName = new Map<string, KnownDelegation>();
  for (const delegation of delegations) {
    byName.set(delegation.shortName.toLowerCase(), delegation);
    byName.set(delegation.name.toLowerCase(), delegation);
  }
  const rows: ParticipantListRow[] = [];
  const errors: ListError[] = [];
  for (const row of body) {
    const read = readRow(
      { email: cellOf(row, columns, 'email').toLowerCase(), name: cellOf(row, columns, 'name'), role: cellOf(row, columns, 'role'), delegation: cellOf(row, columns, 'delegation') },
      byName,
    );
    if ('key' in read) errors.push(listError(row.line, read));
    else rows.push({ line: row.line, ...read });
  }
  errors.push(...findRepeats(rows.map((row) => ({ line: row.line, value: row.email })), 'email'));
  if (body.length === 0) errors.push(listError(1, say('server.setup.line.emptyParticipants', {})));
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

function readRow(
  cells: Record<Field, string>,
  byName: ReadonlyMap<string, KnownDelegation>,
): Omit<ParticipantListRow, 'line'> | ServerSentence {
  const { email, name, delegation: written } = cells;
  if (!EMAIL.test(email)) return email ? say('server.setup.line.notAnEmail', { email }) : say('server.setup.line.emailMissing', {});
  if (!name) return say('server.setup.line.participantNameMissing', { email });
  if (name.length > 200) return say('server.setup.line.nameTooLong', { max: 200 });
  const role = ROLE_WORDS[cells.role.toLowerCase()];
  if (!role) return say('server.setup.line.notARole', { role: cells.role });
  if (ROLE_DELEGATION[role] === 'none') return { email, name, role, delegationId: null, delegationName: null };
  if (!written) {
    if (ROLE_DELEGATION[role] === 'optional') return { email, name, role, delegationId: null, delegationName: null };
    return say(role === 'observer' ? 'server.setup.line.observerNeedsDelegation' : 'server.setup.line.delegateNeedsDelegation', { name });
  }
  const delegation = byName.get(written.toLowerCase());
  if (!delegation) return say('server.setup.line.noSuchDelegation', { delegation: written });
  if (delegation.retired) return say('server.setup.line.delegationRetired', { name: delegation.name });
  return { email, name, role, delegationId: delegation.id, delegationName: delegation.name };
}
