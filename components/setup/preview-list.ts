import { ROLE_LABELS } from '@/lib/negotiation/roles';
import type { ListError } from '@/lib/setup/list-columns';
import { readDelegationList } from '@/lib/setup/read-delegation-list';
import { readParticipantList } from '@/lib/setup/read-participant-list';
import { DELEGATION_KIND_LABELS, type DelegationRow } from './types';

export type ListKind = 'delegations' | 'participants';

export interface Preview {
  headers: string[];
  rows: Array<{ line: number; cells: string[] }>;
  errors: ListError[];
}

/** The list as it will be saved, with the problems the page can already see. */
export function previewList(kind: ListKind, text: string, delegations: readonly DelegationRow[]): Preview {
  if (kind === 'delegations') {
    const { rows, errors } = readDelegationList(text);
    const taken: ListError[] = rows.flatMap((row) => {
      const clash = delegations.find(
        (existing) => existing.name.toLowerCase() === row.name.toLowerCase() || existing.shortName.toLowerCase() === row.shortName.toLowerCase(),
      );
      return clash ? [{ line: row.line, message: `${clash.name} (${clash.shortName}) is already a delegation of this meeting.` }] : [];
    });
    return {
      headers: ['Name', 'Short name', 'Kind'],
      rows: rows.map((row) => ({ line: row.line, cells: [row.name, row.shortName, DELEGATION_KIND_LABELS[row.kind]] })),
      errors: [...errors, ...taken].sort((a, b) => a.line - b.line),
    };
  }
  const { rows, errors } = readParticipantList(text, delegations);
  return {
    headers: ['Email', 'Name', 'Role', 'Delegation'],
    rows: rows.map((row) => ({ line: row.line, cells: [row.email, row.name, ROLE_LABELS[row.role], row.delegationName ?? ''] })),
    errors,
  };
}
