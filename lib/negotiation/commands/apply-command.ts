import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { planMoveParagraph, planRenumber, planSetLabel } from './arrangement';
import { planLiftBracket, planResolveSpot } from './brackets';
import { NO_CHANGE, type ApplyOptions, type CommandOutcome, type Plan } from './context';
import { planDecideAll, planDecision, planWithdrawal } from './decide';
import { startDecisionRecord } from './decision-record';
import { planProposeParagraph, planProposeParagraphDeletion } from './paragraphs';
import { planSetPosition } from './positions';
import { planSetFocus } from './room';
import type { Command } from './schema';
import { planCloseFloor, planGiveFloor, planRequestFloor, planWithdrawFloorRequest } from './speakers';
import { planSetStatus } from './status';
import { planUndoDecision } from './undo';

function planCommand(doc: Y.Doc, actor: Actor, command: Command, opts: ApplyOptions): Plan {
  switch (command.type) {
    case 'acceptProposal':
    case 'rejectProposal':
      return planDecision(doc, actor, command);
    case 'acceptAll':
    case 'rejectAll':
      return planDecideAll(doc, actor, command);
    case 'withdrawProposal':
      return planWithdrawal(doc, actor, command);
    case 'setPosition':
      return planSetPosition(doc, actor, command, opts);
    case 'setStatus':
      return planSetStatus(doc, actor, command);
    case 'proposeParagraph':
      return planProposeParagraph(doc, actor, command, opts);
    case 'proposeParagraphDeletion':
      return planProposeParagraphDeletion(doc, actor, command, opts);
    case 'moveParagraph':
      return planMoveParagraph(doc, actor, command);
    case 'setLabel':
      return planSetLabel(doc, actor, command);
    case 'renumber':
      return planRenumber(doc, actor);
    case 'setFocus':
      return planSetFocus(doc, actor, command);
    case 'requestFloor':
      return planRequestFloor(doc, actor, command, opts);
    case 'withdrawFloorRequest':
      return planWithdrawFloorRequest(doc, actor, command);
    case 'giveFloor':
      return planGiveFloor(doc, actor, command, opts);
    case 'closeFloor':
      return planCloseFloor(doc, actor);
    case 'liftBracket':
      return planLiftBracket(doc, actor, command);
    case 'resolveSpot':
      return planResolveSpot(doc, actor, command);
    case 'undoDecision':
      return planUndoDecision(doc, actor, command, opts);
  }
}

/**
 * Applies a parsed command for `actor` to the server's document. Checks run first, against
 * the policy and the paragraph's state; then every write happens in ONE transaction with
 * `opts.origin`, so clients receive a decision as a single update. On refusal nothing changes
 * and `error` is a sentence to show the user. A command that changes nothing (e.g. setting
 * the current status) succeeds with an empty audit.
 */
export function applyCommand(doc: Y.Doc, actor: Actor, command: Command, opts: ApplyOptions): CommandOutcome {
  const planned = planCommand(doc, actor, command, opts);
  if (!planned.ok) return planned;
  if (planned === NO_CHANGE) return { ok: true, audit: [] };
  // A decision keeps, in the same update, what the chair needs to undo it (decision-record.ts).
  const record = startDecisionRecord(doc, actor, command, opts);
  doc.transact(() => {
    planned.apply();
    record?.finish(planned.audit);
  }, opts.origin);
  return { ok: true, audit: planned.audit };
}
