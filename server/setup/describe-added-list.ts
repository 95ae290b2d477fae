import type { AddedParticipant } from './add-participant';
import type { SetupActionOutcome } from './run-setup-action';

/**
 * What the officer is told after a list of participants is saved: how many got an account and
 * how many an invitation, and one line per person with the password or code to hand over. It is
 * shown once; nothing here is stored in clear.
 */
export function describeAddedList(added: readonly AddedParticipant[], invitationDays: number): SetupActionOutcome {
  const accounts = added.filter((person) => person.kind === 'account').length;
  const invitations = added.length - accounts;
  const parts = [
    accounts > 0 ? `${accounts} ${accounts === 1 ? 'participant was' : 'participants were'} added with an initial password` : '',
    invitations > 0
      ? `${invitations} ${invitations === 1 ? 'email already has' : 'emails already have'} a Concord account and ${invitations === 1 ? 'was' : 'were'} invited: ${invitations === 1 ? 'its owner joins' : 'their owners join'} by entering the code under "Join a meeting" within ${invitationDays} days`
      : '',
  ].filter((part) => part !== '');
  const lines = added.map((person) =>
    person.kind === 'account'
      ? `${person.email}\t${person.name}\tinitial password: ${person.initialPassword}`
      : `${person.email}\t${person.name}\tinvitation code: ${person.invitationCode}`,
  );
  return {
    message: `${parts.join('; ')}. Copy the list below and give each person their line; it is shown only now. New accounts choose their own password when they first sign in.`,
    secret: `email\tname\tto give them\n${lines.join('\n')}`,
  };
}
