'use client';

import { formatDate } from '@/lib/format/dates';
import { ROLE_LABELS } from '@/lib/negotiation/roles';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import type { InvitationRow } from './types';

/**
 * Invitations of existing accounts that their owners have not accepted yet. They are not
 * participants until then; withdrawing one makes its code useless at once.
 */
export function InvitationsList({ invitations, withdraw }: { invitations: InvitationRow[]; withdraw: BoundSetupAction }) {
  if (invitations.length === 0) return null;
  return (
    <>
      <h3 className="setup-subheading">Invited, not accepted yet</h3>
      <ul className="setup-rows" aria-label="Pending invitations">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="setup-row">
            <div className="setup-person">
              <strong>{invitation.name}</strong>
              <span className="muted">
                {' '}
                — invited as {ROLE_LABELS[invitation.role]}
                {invitation.delegationName ? ` · ${invitation.delegationName}` : ''}
              </span>
              <br />
              <span className="muted">
                {invitation.email} ·{' '}
                {invitation.expired ? 'expired: withdraw it and add them again for a new code' : `code valid until ${formatDate(invitation.expiresAt.slice(0, 10))}`}
              </span>
            </div>
            <div className="setup-row-tools">
              <ActionForm action={withdraw} confirm={`Withdraw the invitation of ${invitation.email}? Its code stops working.`}>
                {(pending) => (
                  <>
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button type="submit" className="button-quiet button-small button-danger" disabled={pending}>
                      Withdraw invitation
                    </button>
                  </>
                )}
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
