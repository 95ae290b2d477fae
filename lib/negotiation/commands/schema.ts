import { z } from 'zod';
import { PARAGRAPH_KINDS, PARAGRAPH_STATUSES, POSITIONS } from '../schema';
import { englishOf, say, type WireParam, type WireSentence } from '../../i18n/server-sentences';

/**
 * Commands a client sends to the collaboration server (message type 100). The server applies
 * them to its own document, so a decision can never race with a keystroke. Every command may
 * carry a client-chosen `id`, echoed back in the result so the client can match them up.
 */

const ID_MAX = 100;
export const PARAGRAPH_TEXT_MAX = 20_000;
export const LABEL_MAX = 40;

const entityId = z.string().min(1).max(ID_MAX);
const clientId = z.string().max(ID_MAX).optional();
const onBehalfOf = entityId.optional();

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), id: clientId, ...shape });

export const commandSchema = z.discriminatedUnion('type', [
  command('acceptProposal', { paragraphId: entityId, proposalId: entityId }),
  command('rejectProposal', { paragraphId: entityId, proposalId: entityId }),
  command('acceptAll', { paragraphId: entityId }),
  command('rejectAll', { paragraphId: entityId }),
  command('withdrawProposal', { paragraphId: entityId, proposalId: entityId }),
  command('setPosition', { proposalId: entityId, position: z.enum(POSITIONS).nullable(), onBehalfOf }),
  command('setStatus', { paragraphId: entityId, status: z.enum(PARAGRAPH_STATUSES) }),
  command('proposeParagraph', {
    afterParagraphId: entityId,
    text: z.string().max(PARAGRAPH_TEXT_MAX),
    kind: z.enum(PARAGRAPH_KINDS).optional(),
    onBehalfOf,
  }),
  command('proposeParagraphDeletion', { paragraphId: entityId, onBehalfOf }),
  command('moveParagraph', { paragraphId: entityId, toIndex: z.number().int().min(0) }),
  command('setLabel', { paragraphId: entityId, label: z.string().max(LABEL_MAX) }),
  command('renumber', {}),
  command('setFocus', { paragraphId: entityId.nullable() }),
  command('requestFloor', { paragraphId: entityId.nullable(), onBehalfOf }),
  command('withdrawFloorRequest', { delegation: entityId }),
  command('giveFloor', { delegation: entityId }),
  command('closeFloor', {}),
  command('liftBracket', { paragraphId: entityId, bracketId: entityId }),
  command('resolveSpot', { paragraphId: entityId, spotId: entityId, keepBracketId: entityId }),
  command('undoDecision', { decisionId: entityId }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * What the server sends back (message type 101); `id` echoes the command's id. A refusal says
 * why in `error`; `paragraphIds` names the paragraphs concerned when the server knows them (a
 * decision it could not store).
 */
export type CommandResult =
  | { id?: string; type: CommandType; ok: true }
  | { id?: string; type?: CommandType; ok: false; error: string; key?: string; params?: Record<string, WireParam>; paragraphIds?: string[] };

export type ParseResult = { ok: true; command: Command } | { ok: false; error: string; sentence: WireSentence };

export function parseCommand(json: unknown): ParseResult {
  const parsed = commandSchema.safeParse(json);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  // zod's own message stays English: only a bot or a broken page sends an invalid command.
  const problem = issue?.message ?? 'unknown error';
  const sentence = issue && issue.path.length > 0 ? say('server.command.invalidAt', { field: issue.path.join('.'), problem }) : say('server.command.invalid', { problem });
  return { ok: false, error: englishOf(sentence), sentence };
}
