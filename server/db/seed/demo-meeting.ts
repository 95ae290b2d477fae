import type { Role } from '@/lib/negotiation/roles';
import type { DelegationKind } from '@/server/db/schema';

/**
 * The demo meeting: the twelfth meeting of the Working Group on Trafficking in Persons
 * (Vienna, 29–30 June 2022). Content is illustrative, written in the register of the room.
 */

export const DEMO_PASSWORD = 'concord-demo';

/** The demo's instance administrator: may create meetings and restore backups. */
export const DEMO_ADMINISTRATOR = 'secretariat@concord.test';

export const DEMO_MEETING = {
  title: 'Twelfth meeting of the Working Group on Trafficking in Persons',
  body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  subsidiaryBody: 'Working Group on Trafficking in Persons',
  session: 'Twelfth meeting',
  venue: 'Vienna',
  startsOn: '2022-06-29',
  endsOn: '2022-06-30',
  symbolPrefix: 'CTOC/COP/WG.4/2022',
  agendaSymbol: 'CTOC/COP/WG.4/2022/1',
} as const;

export const DEMO_AGENDA: ReadonlyArray<{ number: string; title: string }> = [
  { number: '1', title: 'Organizational matters' },
  { number: '1(a)', title: 'Opening of the meeting' },
  { number: '1(b)', title: 'Adoption of the agenda and organization of work' },
  {
    number: '2',
    title:
      'Criminal justice responses to victims of trafficking in persons compelled to commit offences as a direct consequence of having been trafficked',
  },
  { number: '3', title: 'Best practices in joint investigations and specialized prosecution of trafficking in persons cases' },
  {
    number: '4',
    title:
      'Matters related to the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto',
  },
  { number: '5', title: 'Other matters' },
  { number: '6', title: 'Adoption of the report' },
];

export const DEMO_PROGRAMME: ReadonlyArray<{
  day: string;
  startsAt: string;
  endsAt: string;
  items: string[];
  continuedItems: string[];
}> = [
  { day: '2022-06-29', startsAt: '10 a.m.', endsAt: '1 p.m.', items: ['1(a)', '1(b)', '2'], continuedItems: [] },
  { day: '2022-06-29', startsAt: '3 p.m.', endsAt: '6 p.m.', items: ['2', '3'], continuedItems: ['2'] },
  { day: '2022-06-30', startsAt: '10 a.m.', endsAt: '1 p.m.', items: ['3', '4'], continuedItems: ['3'] },
  { day: '2022-06-30', startsAt: '3 p.m.', endsAt: '6 p.m.', items: ['5', '6'], continuedItems: [] },
];

export const DEMO_DELEGATIONS: ReadonlyArray<{ name: string; shortName: string; kind: DelegationKind }> = [
  { name: 'Argentina', shortName: 'ARG', kind: 'state_party' },
  { name: 'Canada', shortName: 'CAN', kind: 'state_party' },
  { name: 'China', shortName: 'CHN', kind: 'state_party' },
  { name: 'Egypt', shortName: 'EGY', kind: 'state_party' },
  { name: 'France', shortName: 'FRA', kind: 'state_party' },
  { name: 'Japan', shortName: 'JPN', kind: 'state_party' },
  { name: 'Mexico', shortName: 'MEX', kind: 'state_party' },
  { name: 'Nigeria', shortName: 'NGA', kind: 'state_party' },
  { name: 'Philippines', shortName: 'PHL', kind: 'state_party' },
  { name: 'South Africa', shortName: 'ZAF', kind: 'state_party' },
  { name: 'United States of America', shortName: 'USA', kind: 'state_party' },
  { name: 'European Union', shortName: 'EU', kind: 'group' },
  { name: 'International Organization for Migration', shortName: 'IOM', kind: 'observer' },
  { name: 'Council of Europe', shortName: 'CoE', kind: 'observer' },
];

export interface DemoSignIn {
  email: string;
  password: string;
  role: Role;
  /** Delegation name, or null for the secretariat, the chair and viewers. */
  delegation: string | null;
}

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role; delegation: string | null }> = [
  { email: 'secretariat@concord.test', name: 'Secretariat (UNODC)', role: 'secretariat', delegation: null },
  { email: 'chair@concord.test', name: 'Chair of the Working Group', role: 'chair', delegation: null },
  { email: 'mexico@concord.test', name: 'Delegate of Mexico', role: 'delegate', delegation: 'Mexico' },
  { email: 'canada@concord.test', name: 'Delegate of Canada', role: 'delegate', delegation: 'Canada' },
  { email: 'eu@concord.test', name: 'Delegate of the European Union', role: 'delegate', delegation: 'European Union' },
  { email: 'argentina@concord.test', name: 'Delegate of Argentina', role: 'delegate', delegation: 'Argentina' },
  { email: 'nigeria@concord.test', name: 'Delegate of Nigeria', role: 'delegate', delegation: 'Nigeria' },
  {
    email: 'observer@concord.test',
    name: 'Observer, International Organization for Migration',
    role: 'observer',
    delegation: 'International Organization for Migration',
  },
  { email: 'viewer@concord.test', name: 'Viewer', role: 'viewer', delegation: null },
];

/** The sign-ins to print at start-up. */
export const DEMO_SIGN_INS: ReadonlyArray<DemoSignIn> = DEMO_USERS.map((user) => ({
  email: user.email,
  password: DEMO_PASSWORD,
  role: user.role,
  delegation: user.delegation,
}));
