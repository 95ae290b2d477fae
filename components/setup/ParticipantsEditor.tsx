'use client';

import { useTranslations } from 'next-intl';
import { ROLES, type Role } from '@/lib/negotiation/roles';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import { InvitationsList } from './InvitationsList';
import type { DelegationRow, InvitationRow, ParticipantRow } from './types';

export interface ParticipantActions {
  add: BoundSetupAction;
  change: BoundSetupAction;
  remove: BoundSetupAction;
  resetPassword: BoundSetupAction;
  withdrawInvitation: BoundSetupAction;
}

/**
 * People in the meeting. Adding someone new creates their account with an initial password that
 * is shown once, here (no mail server is assumed); they choose their own at first sign-in. An
 * email that already has an account is invited instead, with a code shown once: it joins when
 * its owner redeems the code. A change of role or delegation applies at once, on screens already
 * open too. A new password can be issued only while the first one from here is still unused.
 */
export function ParticipantsEditor({
  participants,
  invitations,
  delegations,
  actions,
}: {
  participants: ParticipantRow[];
  invitations: InvitationRow[];
  delegations: DelegationRow[];
  actions: ParticipantActions;
}) {
  const t = useTranslations('setup');
  return (
    <div className="setup-list">
      <ul className="setup-rows">
        {participants.map((participant) => (
          <li key={participant.userId} className="setup-row">
            <div className="setup-person">
              <strong>{participant.name}</strong>
              {participant.isYou ? <span className="muted"> ({t('you')})</span> : null}
              <br />
              <span className="muted">{participant.email}</span>
            </div>
            <ActionForm action={actions.change} className="setup-inline" label={t('roleOf', { name: participant.name })}>
              {(pending) => (
                <>
                  <input type="hidden" name="userId" value={participant.userId} />
                  <RoleFields role={participant.role} delegationId={participant.delegationId} delegations={delegations} />
                  <button type="submit" className="button-quiet" disabled={pending}>
                    {t('save')}
                  </button>
                </>
              )}
            </ActionForm>
            {participant.isYou ? null : (
              <div className="setup-row-tools">
                {participant.hasInitialPasswordFromHere ? (
                  <ActionForm action={actions.resetPassword} confirm={t('confirmNewPassword', { name: participant.name })}>
                    {(pending) => (
                      <>
                        <input type="hidden" name="userId" value={participant.userId} />
                        <button type="submit" className="button-quiet button-small" disabled={pending}>
                          {t('newPassword')}
                        </button>
                      </>
                    )}
                  </ActionForm>
                ) : null}
                <ActionForm action={actions.remove} confirm={t('confirmRemoveParticipant', { name: participant.name })}>
                  {(pending) => (
                    <>
                      <input type="hidden" name="userId" value={participant.userId} />
                      <button type="submit" className="button-quiet button-small button-danger" disabled={pending}>
                        {t('remove')}
                      </button>
                    </>
                  )}
                </ActionForm>
              </div>
            )}
          </li>
        ))}
      </ul>
      <InvitationsList invitations={invitations} withdraw={actions.withdrawInvitation} />
      <ActionForm action={actions.add} className="setup-inline setup-add" resetOnSuccess label={t('addParticipant')}>
        {(pending) => (
          <>
            <label className="setup-grow">
              {t('participantField.email')}
              <input name="email" type="email" required placeholder={t('example.email')} autoComplete="off" />
            </label>
            <label className="setup-grow">
              {t('participantField.name')}
              <input name="name" required placeholder={t('example.personName')} autoComplete="off" />
            </label>
            <RoleFields role="delegate" delegationId={null} delegations={delegations} />
            <button type="submit" className="button-primary" disabled={pending}>
              {t('addParticipantButton')}
            </button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

function RoleFields({
  role,
  delegationId,
  delegations,
}: {
  role: Role;
  delegationId: string | null;
  delegations: DelegationRow[];
}) {
  // A participant of a retired delegation still shows it; nobody new can be put in one.
  const choices = delegations.filter((delegation) => !delegation.retired || delegation.id === delegationId);
  const t = useTranslations('setup');
  const tRoles = useTranslations('roles');
  return (
    <>
      <label>
        {t('participantField.role')}
        <select name="role" defaultValue={role}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {tRoles(value)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('participantField.delegation')}
        <select name="delegationId" defaultValue={delegationId ?? ''}>
          <option value="">{t('noDelegation')}</option>
          {choices.map((delegation) => (
            <option key={delegation.id} value={delegation.id}>
              {delegation.name}
              {delegation.retired ? ` (${t('retiredLower')})` : ''}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
