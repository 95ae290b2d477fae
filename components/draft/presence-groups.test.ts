import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, type Role } from '@/lib/negotiation/roles';
import { groupPresence, type PresencePerson } from './presence-groups';

const names = {
  name: (id: string) => ({ mex: 'Mexico', can: 'Canada', ngo: 'Friends of the Earth' })[id] ?? id,
  shortName: (id: string) => ({ mex: 'MEX', can: 'CAN', ngo: 'FOE' })[id] ?? '?',
  colorKey: (id: string) => ({ mex: '12', can: '4', ngo: '30' })[id] ?? 'unknown',
  roleName: (role: string) => ROLE_LABELS[role as Role],
};

const person = (clientId: number, role: string, delegationId: string | null = null): PresencePerson => ({ clientId, name: `P${clientId}`, role, delegationId });

describe('groupPresence', () => {
  it('counts everyone by delegation, chair first, observers and viewers included', () => {
    const groups = groupPresence(
      [person(1, 'delegate', 'mex'), person(2, 'viewer'), person(3, 'delegate', 'mex'), person(4, 'chair'), person(5, 'observer', 'ngo'), person(6, 'delegate', 'can'), person(7, 'delegate', 'mex'), person(8, 'secretariat')],
      names,
    );
    expect(groups.map((group) => [group.code, group.name, group.people.length, group.colorKey])).toEqual([
      ['Chair', 'Chair', 1, 'chair'],
      ['Secretariat', 'Secretariat', 1, null],
      ['CAN', 'Canada', 1, '4'],
      ['MEX', 'Mexico', 3, '12'],
      ['FOE', 'Friends of the Earth', 1, '30'],
      ['Viewer', 'Viewer', 1, null],
    ]);
  });
});
