import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { encodeJsonMessage } from '@/lib/collab/messages';
import { englishOf, say, type WireSentence } from '@/lib/i18n/server-sentences';
import { MESSAGE } from '@/lib/collab/protocol';
import { applyCommand } from '@/lib/negotiation/commands';
import type { AuditEntry } from '@/lib/negotiation/commands/context';
import { parseCommand, type Command, type CommandResult } from '@/lib/negotiation/commands/schema';
import { actingDelegation } from '@/lib/negotiation/policy';
import type { CollabConnection } from './connection';
import type { Room } from './room';

const SAVE_FAILED = say('server.command.saveFailed', {});
export const SAVE_FAILED_ERROR = englishOf(SAVE_FAILED);
const SAVING_PAUSED = say('server.command.savingPaused', {});

/**
 * Applies one command (MESSAGE.command). Runs inside the room's serial queue. The command is
 * played on a scratch copy of the room's document; the update it produces goes through the
 * room's one write path (store, then apply, broadcast, publish), so nobody sees a decision that
 * is not stored. If storing fails, the sender is told and the room's document is unchanged.
 */
export async function runCommand(room: Room, connection: CollabConnection, json: string): Promise<void> {
  const parsed = parseJson(json);
  const requestId = readRequestId(parsed);
  const checked = parseCommand(parsed);
  if (!checked.ok) {
    reply(connection, { id: requestId, ok: false, error: checked.error, ...keyed(checked.sentence) });
    room.deps.counters.commandsRefused++;
    return;
  }
  const command = checked.command;
  if (room.savingPaused) {
    // The decision could not be stored now; refusing it at once tells the chair so.
    refuseCommand(room, connection, command, SAVING_PAUSED);
    return;
  }
  const actor = connection.actor;
  const built = buildCommandUpdate(room, connection, command);
  if (!built.ok) {
    refuseCommand(room, connection, command, built.sentence);
    return;
  }
  const delegationId = actingDelegation(actor, onBehalfOf(command));
  if (built.update) {
    const paragraphIds = paragraphsOf(command);
    const outcome = await room.commit(built.update, { kind: 'server', userId: actor.userId, delegationId, paragraphIds });
    if (outcome.status !== 'committed') {
      if (outcome.status === 'unreachable') room.writes.pauseSaving();
      refuseCommand(room, connection, command, SAVE_FAILED, paragraphIds);
      return;
    }
  }
  room.deps.counters.commandsApplied++;
  await recordAudit(room, connection, built.audit, delegationId);
  reply(connection, { id: command.id, type: command.type, ok: true });
}

type BuiltCommand = { ok: true; update: Uint8Array | null; audit: AuditEntry[] } | { ok: false; sentence: WireSentence };

/** Plays the command on a scratch copy of the room's document; the room's own is left as it is. */
function buildCommandUpdate(room: Room, connection: CollabConnection, command: Command): BuiltCommand {
  const actor = connection.actor;
  const origin = { command: command.type, connection: connection.id };
  const produced: Uint8Array[] = [];
  const scratch = room.scratchCopy();
  scratch.on('update', (update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin === origin) produced.push(update);
  });
  try {
    const outcome = applyCommand(scratch, actor, command, { now: new Date(), newId: randomUUID, knownDelegations: actor.knownDelegations, origin });
    if (!outcome.ok) return { ok: false, sentence: outcome.sentence };
    const update = produced.length === 0 ? null : produced.length === 1 ? (produced[0] as Uint8Array) : Y.mergeUpdates(produced);
    return { ok: true, update, audit: outcome.audit };
  } catch (error) {
    room.deps.logError(`[collab] draft ${room.draftId}: command ${command.type} threw`, error);
    return { ok: false, sentence: say('server.command.applyFailed', {}) };
  } finally {
    scratch.destroy();
  }
}

/** The refusal keeps its English `error` (bots read it) and adds the sentence's `key` and `params`. */
function refuseCommand(room: Room, connection: CollabConnection, command: Command, sentence: WireSentence, paragraphIds: string[] = []): void {
  room.deps.counters.commandsRefused++;
  const named = paragraphIds.length === 0 ? {} : { paragraphIds };
  reply(connection, { id: command.id, type: command.type, ok: false, error: englishOf(sentence), ...keyed(sentence), ...named });
}

function keyed(sentence: WireSentence): { key: string; params: WireSentence['params'] } {
  return { key: sentence.key, params: sentence.params };
}

async function recordAudit(
  room: Room,
  connection: CollabConnection,
  entries: AuditEntry[],
  actingDelegationId: string | null,
): Promise<void> {
  for (const entry of entries) {
    try {
      await room.deps.audit({
        meetingId: connection.meetingId,
        draftId: room.draftId,
        userId: connection.actor.userId,
        delegationId: entry.delegationId ?? actingDelegationId,
        action: entry.action,
        ...(entry.paragraphId ? { paragraphId: entry.paragraphId } : {}),
        ...(entry.proposalId ? { proposalId: entry.proposalId } : {}),
        ...(entry.details ? { details: entry.details } : {}),
      });
    } catch (error) {
      // The change itself is stored and shown; a missing audit row must not undo it.
      room.deps.logError(`[collab] draft ${room.draftId}: could not audit ${entry.action}`, error);
    }
  }
}

function reply(connection: CollabConnection, result: CommandResult): void {
  connection.send(encodeJsonMessage(MESSAGE.commandResult, result));
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function readRequestId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' ? id.slice(0, 100) : undefined;
}

function onBehalfOf(command: Command): string | undefined {
  return 'onBehalfOf' in command ? command.onBehalfOf : undefined;
}

/** The paragraphs a command names, so that a refusal can point at them. */
function paragraphsOf(command: Command): string[] {
  const id = 'paragraphId' in command ? command.paragraphId : 'afterParagraphId' in command ? command.afterParagraphId : null;
  return typeof id === 'string' ? [id] : [];
}
