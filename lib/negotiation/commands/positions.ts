import * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getStatus } from '../draft-doc';
import { findProposal } from '../proposals';
import { PROPOSAL_KEYS } from '../schema';
import { MISSING_PROPOSAL, NO_CHANGE, paragraphName, plan, refuse, resolveAttribution, type ApplyOptions, type Plan } from './context';
import { ensureProposalEntry } from './doc-writes';
import type { CommandOf } from './schema';
import { say } from '../../i18n/server-sentences';

/** "We support Mexico" / "we cannot accept": one position per delegation per proposal. */
export function planSetPosition(doc: Y.Doc, actor: Actor, command: CommandOf<'setPosition'>, opts: ApplyOptions): Plan {
  const proposal = findProposal(doc, command.proposalId);
  const paragraph = proposal && getParagraph(doc, proposal.paragraphId);
  if (!proposal || !paragraph) return refuse(MISSING_PROPOSAL);
  const name = paragraphName(getLabel(paragraph));
  const ctx = { paragraphStatus: getStatus(paragraph), onBehalfOf: command.onBehalfOf };
  const attribution = resolveAttribution(actor, 'setPosition', ctx, name, opts);
  if (!attribution.ok) return refuse(attribution.error);
  const delegation = attribution.delegation;
  if (delegation === proposal.delegation) {
    return refuse(say('server.command.ownProposalPosition', {}));
  }
  const previous = proposal.supporters.includes(delegation)
    ? 'support'
    : proposal.objectors.includes(delegation)
      ? 'oppose'
      : null;
  if (previous === command.position) return NO_CHANGE;
  const audit = {
    action: 'setPosition',
    paragraphId: proposal.paragraphId,
    proposalId: proposal.id,
    delegationId: delegation,
    details: { position: command.position, previous },
  };
  return plan([audit], () => {
    const entry = ensureProposalEntry(doc, {
      proposal: proposal.id,
      delegation: proposal.delegation,
      author: proposal.author,
      at: proposal.at,
    });
    const positions = entry.get(PROPOSAL_KEYS.positions);
    if (!(positions instanceof Y.Map)) return;
    if (command.position === null) positions.delete(delegation);
    else positions.set(delegation, command.position);
  });
}
