export { applyCommand } from './apply-command';
export type { ApplyOptions, AuditEntry, CommandOutcome } from './context';
export {
  commandSchema,
  parseCommand,
  LABEL_MAX,
  PARAGRAPH_TEXT_MAX,
  type Command,
  type CommandOf,
  type CommandResult,
  type CommandType,
  type ParseResult,
} from './schema';
export { settleProposalInText, textHasProposal, type ProposalOutcome, type SettledText } from './text-marks';
