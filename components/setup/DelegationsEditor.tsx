'use client';

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
  return (
    <div className="setup-list">
      {delegations.length === 0 ? <p className="muted">No delegations yet.</p> : null}
      <ul className="setup-rows">
        {delegations.map((delegation) => (
          <li key={delegation.id} className={`setup-row${delegation.retired ? ' is-retired' : ''}`}>
            <ActionForm action={actions.update} className="setup-inline" label={`Delegation ${delegation.name}`}>
              {(pending) => (
                <>
                  <input type="hidden" name="delegationId" value={delegation.id} />
                  <DelegationFields delegation={delegation} />
                  <button type="submit" className="button-quiet" disabled={pending}>
                    Save
                  </button>
                </>
              )}
            </ActionForm>
            <div className="setup-row-tools">
              <span className="muted setup-count">
                {delegation.retired ? 'Retired · ' : ''}
                {delegation.participants} participant{delegation.participants === 1 ? '' : 's'}
              </span>
              <ActionForm action={actions.setRetired}>
                {(pending) => (
                  <>
                    <input type="hidden" name="delegationId" value={delegation.id} />
                    <input type="hidden" name="retired" value={delegation.retired ? 'false' : 'true'} />
                    <button type="submit" className="button-quiet button-small" disabled={pending}>
                      {delegation.retired ? 'Reinstate' : 'Retire'}
                    </button>
                  </>
                )}
              </ActionForm>
              <ActionForm action={actions.remove} confirm={`Delete ${delegation.name}? Only a delegation added by mistake should be deleted.`}>
                {(pending) => (
                  <>
                    <input type="hidden" name="delegationId" value={delegation.id} />
                    <button type="submit" className="button-quiet button-small button-danger" disabled={pending}>
                      Delete
                    </button>
                  </>
                )}
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
      <ActionForm action={actions.add} className="setup-inline setup-add" resetOnSuccess label="Add a delegation">
        {(pending) => (
          <>
            <DelegationFields />
            <button type="submit" className="button-primary" disabled={pending}>
              Add delegation
            </button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

function DelegationFields({ delegation }: { delegation?: DelegationRow }) {
  return (
    <>
      <label className="setup-grow">
        Name
        <input name="name" defaultValue={delegation?.name ?? ''} required placeholder="Mexico" />
      </label>
      <label className="setup-narrow">
        Short name
        <input name="shortName" defaultValue={delegation?.shortName ?? ''} required placeholder="MEX" />
      </label>
      <label>
        Kind
        <select name="kind" defaultValue={delegation?.kind ?? 'state_party'}>
          {(Object.keys(DELEGATION_KIND_LABELS) as DelegationKindValue[]).map((kind) => (
            <option key={kind} value={kind}>
              {DELEGATION_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <TranslationFields field="name" label="Name" values={delegation?.nameTranslations} />
    </>
  );
}
