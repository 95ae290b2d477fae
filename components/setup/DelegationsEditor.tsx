'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import { TranslationFields } from './TranslationFields';
import { DELEGATION_KIND_LABELS, type DelegationKindValue, type DelegationRow } from './types';

export interface DelegationActions {
  add: BoundSetupAction;
  update: BoundSetupAction;
  setRetired: BoundSetupAction;
  remove: BoundSetupAction;
}

/**
 * Delegations of the meeting. A delegation that has proposed or commented cannot be deleted —
 * the server says so — only retired: it keeps its name on its attributions but can no longer act.
 */
export function DelegationsEditor({ delegations, actions }: { delegations: DelegationRow[]; actions: DelegationActions }) {
  const t = useTranslations('setup');
  return (
    <div className="setup-list">
      {delegations.length === 0 ? <p className="muted">{t('noDelegations')}</p> : null}
      <ul className="setup-rows">
        {delegations.map((delegation) => (
          <li key={delegation.id} className={`setup-row${delegation.retired ? ' is-retired' : ''}`}>
            <ActionForm action={actions.update} className="setup-inline" label={t('delegationForm', { name: delegation.name })}>
              {(pending) => (
                <>
                  <input type="hidden" name="delegationId" value={delegation.id} />
                  <DelegationFields delegation={delegation} />
                  <button type="submit" className="button-quiet" disabled={pending}>
                    {t('save')}
                  </button>
                </>
              )}
            </ActionForm>
            <div className="setup-row-tools">
              <span className="muted setup-count">
                {delegation.retired ? `${t('retired')} · ` : ''}
                {t('participantCount', { count: delegation.participants })}
              </span>
              <ActionForm action={actions.setRetired}>
                {(pending) => (
                  <>
                    <input type="hidden" name="delegationId" value={delegation.id} />
                    <input type="hidden" name="retired" value={delegation.retired ? 'false' : 'true'} />
                    <button type="submit" className="button-quiet button-small" disabled={pending}>
                      {delegation.retired ? t('reinstate') : t('retire')}
                    </button>
                  </>
                )}
              </ActionForm>
              <ActionForm action={actions.remove} confirm={t('confirmDeleteDelegation', { name: delegation.name })}>
                {(pending) => (
                  <>
                    <input type="hidden" name="delegationId" value={delegation.id} />
                    <button type="submit" className="button-quiet button-small button-danger" disabled={pending}>
                      {t('delete')}
                    </button>
                  </>
                )}
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
      <ActionForm action={actions.add} className="setup-inline setup-add" resetOnSuccess label={t('addDelegation')}>
        {(pending) => (
          <>
            <DelegationFields />
            <button type="submit" className="button-primary" disabled={pending}>
              {t('addDelegationButton')}
            </button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

function DelegationFields({ delegation }: { delegation?: DelegationRow }) {
  const t = useTranslations('setup');
  return (
    <>
      <label className="setup-grow">
        {t('delegationField.name')}
        <input name="name" defaultValue={delegation?.name ?? ''} required placeholder={t('example.delegationName')} />
      </label>
      <label className="setup-narrow">
        {t('delegationField.shortName')}
        <input name="shortName" defaultValue={delegation?.shortName ?? ''} required placeholder={t('example.shortName')} />
      </label>
      <label>
        {t('delegationField.kind')}
        <select name="kind" defaultValue={delegation?.kind ?? 'state_party'}>
          {(Object.keys(DELEGATION_KIND_LABELS) as DelegationKindValue[]).map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <TranslationFields field="name" label={t('delegationField.name')} values={delegation?.nameTranslations} />
    </>
  );
}
