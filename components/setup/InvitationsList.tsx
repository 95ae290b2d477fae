'use client';

import { formatDate } from '@/lib/format/dates';
import { useLocale, useTranslations } from 'next-intl';
import { asLocale } from '@/lib/i18n/locales';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import type { InvitationRow } from './types';

/**
 * Invitations of existing accounts that their owners have not accepted yet. They are not
 * participants until then; withdrawing one makes its code useless at once.
 */
export function InvitationsList({ invitations, withdraw }: { invitations: InvitationRow[]; withdraw: BoundSetupAction }) {
  const t = useTranslations('setup');
  const tRoles = useTranslations('roles');
  const locale = asLocale(useLocale());
  if (invitations.length === 0) return null;
  return (
    <>
      <h3 className="setup-subheading">{t('invitedHeading')}</h3>
      <ul className="setup-rows" aria-label={t('pendingInvitations')}>
        {invitations.map((invitation) => (
          <li key={invitation.id} className="setup-row">
            <div className="setup-person">
              <strong>{invitation.name}</strong>
              <span className="muted">
                {' '}
                — {t('invitedAs', { role: tRoles(invitation.role) })}
                {invitation.delegationName ? ` · ${invitation.delegationName}` : ''}
              </span>
              <br />
              <span className="muted">
                {invitation.email} ·{' '}
                {invitation.expired ? t('invitationExpired') : t('codeValidUntil', { date: formatDate(invitation.expiresAt.slice(0, 10), locale) })}
              </span>
            </div>
            <div className="setup-row-tools">
              <ActionForm action={withdraw} confirm={t('confirmWithdrawInvitation', { email: invitation.email })}>
                {(pending) => (
                  <>
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button type="submit" className="button-quiet button-small button-danger" disabled={pending}>
                      {t('withdrawInvitation')}
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
