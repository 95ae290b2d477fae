'use client';

import type { Actor } from '@/lib/negotiation/actor';
import { can, actingDelegation } from '@/lib/negotiation/policy';
import type { Proposal } from '@/lib/negotiation/proposals';
import { alternativeLabels } from './alternative-labels';
import type { DelegationNamer } from './delegation-names';
import type { ParagraphView } from './draft-view';

const KIND_LABELS: Record<Proposal['kind'], string> = {
  insert: 'Insert',
  delete: 'Delete',
  replace: 'Replace',
  new_paragraph: 'New paragraph',
  delete_paragraph: 'Delete paragraph',
};

/** Each pending proposal with who made it, who supports and who opposes it, and what one may do. */
export function ProposalList(p: {
  paragraph: ParagraphView;
  actor: Actor;
  names: DelegationNamer;
  speakingFor: string | null;
  run(command: Record<string, unknown>): Promise<boolean>;
}) {
  const { paragraph, actor, names } = p;
  if (paragraph.proposals.length === 0) return null;
  const acting = actingDelegation(actor, p.speakingFor);
  const status = paragraph.status;
  const alternatives = alternativeLabels(paragraph.runs);
  return (
    <ul className="proposal-list" aria-label={`Proposals on paragraph ${paragraph.label}`}>
      {paragraph.proposals.map((proposal) => {
        const own = acting !== null && proposal.delegation === acting;
        const mayPosition = !own && can(actor, 'setPosition', { paragraphStatus: status, actingAs: acting });
        const position = acting ? positionOf(proposal, acting) : null;
        const mayWithdraw = can(actor, 'withdraw', { paragraphStatus: status, proposalDelegation: proposal.delegation });
        const mayDecide = can(actor, 'decide', { paragraphStatus: status });
        const ids = { paragraphId: paragraph.id, proposalId: proposal.id };
        return (
          <li key={proposal.id} className="proposal" data-color-index={names.colorKey(proposal.delegation)} data-testid="proposal">
            <div className="proposal-summary">
              {alternatives.has(proposal.id) ? <span className="proposal-alt">{alternatives.get(proposal.id)}</span> : null}
              <span className="proposal-kind">{KIND_LABELS[proposal.kind]}</span>
              <ProposalText proposal={proposal} />
              <span className="proposal-by" data-testid="proposal-attribution">
                {describeSupport(proposal, names.name)}
              </span>
            </div>
            <div className="proposal-actions">
              {mayPosition ? (
                <>
                  <button
                    type="button"
                    className={`button-quiet button-small${position === 'support' ? ' is-pressed' : ''}`}
                    aria-pressed={position === 'support'}
                    onClick={() => void p.run({ type: 'setPosition', proposalId: proposal.id, position: position === 'support' ? null : 'support' })}
                  >
                    Support
                  </button>
                  <button
                    type="button"
                    className={`button-quiet button-small${position === 'oppose' ? ' is-pressed' : ''}`}
                    aria-pressed={position === 'oppose'}
                    onClick={() => void p.run({ type: 'setPosition', proposalId: proposal.id, position: position === 'oppose' ? null : 'oppose' })}
                  >
                    Cannot accept
                  </button>
                </>
              ) : null}
              {mayWithdraw && (own || actor.role !== 'delegate') && !mayDecide ? (
                <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'withdrawProposal', ...ids })}>
                  Withdraw
                </button>
              ) : null}
              {mayDecide ? (
                <>
                  <button type="button" className="button-quiet button-small button-ok" onClick={() => void p.run({ type: 'acceptProposal', ...ids })}>
                    Accept
                  </button>
                  <button type="button" className="button-quiet button-small button-danger" onClick={() => void p.run({ type: 'rejectProposal', ...ids })}>
                    Reject
                  </button>
                  <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'withdrawProposal', ...ids })}>
                    Withdrawn
                  </button>
                </>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function ProposalText({ proposal }: { proposal: Proposal }) {
  return (
    <span className="proposal-text">
      {proposal.deleted ? <del>{proposal.deleted}</del> : null}
      {proposal.deleted && proposal.inserted ? ' → ' : null}
      {proposal.inserted ? <ins>{proposal.inserted}</ins> : null}
    </span>
  );
}

function positionOf(proposal: Proposal, delegation: string): 'support' | 'oppose' | null {
  if (proposal.supporters.includes(delegation)) return 'support';
  if (proposal.objectors.includes(delegation)) return 'oppose';
  return null;
}

/** "Mexico, supported by Argentina, Chile; opposed by Canada" */
export function describeSupport(proposal: Proposal, name: (id: string) => string): string {
  let text = name(proposal.delegation);
  if (proposal.supporters.length) text += `, supported by ${proposal.supporters.map(name).join(', ')}`;
  if (proposal.objectors.length) text += `; opposed by ${proposal.objectors.map(name).join(', ')}`;
  return text;
}
