import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { MESSAGE } from '@/lib/collab/protocol';
import { applyCommand } from '@/lib/negotiation/commands';
import type { AuditEntry } from '@/lib/negotiation/commands/context';
import { parseCommand, type Command, type CommandResult } from '@/lib/negotiation/commands/schema';
import { actingDelegation } from '@/lib/negotiation/policy';
import type { CollabConnection } from './connection';
import { encodeJsonMessage } from './frames';
import type { Room } from './room';

const SAVE_FAILED_ERROR = 'The server could not save this decision. Please try again.';
const SAVING_PAUSED_ERROR = 'Saving is paused while the server cannot reach its database; nothing was changed. Try again when saving resumes.';

/**
 * Applies one command (MESSAGE.command) to the room's document. Runs inside the room's serial
 * queue. The update it produces is stored before anyone sees it; if storing fails, the room's
 * document is ahead of the database, so the room is dropped and every client reloads.
 */
export async function runCommand(room: Room, connection: CollabConnection, json: string): Promise<void> {
  const parsed = parseJson(json);
  const requestId = readRequestId(parsed);
  const checked = parseCommand(parsed);
  if (!checked.ok) {
    reply(connection, { id: requestId, ok: false, error: checked.error });
    room.deps.counters.commandsRefused++;
    return;
  }
  const command = checked.command;
  if (room.savingPaused) {
    // Applied now, the decision could not be stored; it would have to be undone.
    reply(connection, { id: command.id, type: command.type, ok: false, error: SAVING_PAUSED_ERROR });
    room.deps.counters.commandsRefused++;
    return;
  }
  const actor = connection.actor;
  const origin = { command: command.type, connection: connection.id };
  const produced: Uint8Array[] = [];
  const collect = (update: Uint8Array, updateOrigin: unknown): void => {
    if (updateOrigin === origin) produced.push(update);
  };
  room.doc.on('update', collect);
  let outcome: ReturnType<typeof applyCommand>;
  try {
    outcome = applyCommand(room.doc, actor, command, {
      now: new Date(),
      newId: randomUUID,
      knownDelegations: actor.knownDelegations,
      origin,
    });
  } catch (error) {
    outcome = { ok: false, error: 'The server could not apply this command.' };
    room.deps.logError(`[collab] draft ${room.draftId}: command ${command.type} threw`, error);
  } finally {
    room.doc.off('update', collect);
  }
  if (!outcome.ok) {
    room.deps.counters.commandsRefused++;
    reply(connection, { id: command.id, type: command.type, ok: false, error: outcome.error });
    // A command that threw half-way may have written: the document cannot be trusted.
    if (produced.length > 0) room.deps.onBroken(room);
    return;
  }
  const delegationId = actingDelegation(actor, onBehalfOf(command));
  if (produced.length > 0) {
    const update = produced.length === 1 ? (produced[0] as Uint8Array) : Y.mergeUpdates(produced);
    try {
      await room.deps.store.append({ draftId: room.draftId, update, userId: actor.userId, delegationId });
    } catch (error) {
      room.deps.counters.storeFailures++;
      room.deps.logError(`[collab] draft ${room.draftId}: could not store command ${command.type}`, error);
      reply(connection, { id: command.id, type: command.type, ok: false, error: SAVE_FAILED_ERROR });
      room.deps.onBroken(room);
      return;
    }
    room.publishServerUpdate(update);
  }
  room.deps.counters.commandsApplied++;
  await recordAudit(room, connection, outcome.audit, delegationId);
  reply(connection, { id: command.id, type: command.type, ok: true });
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

function reply(connection: CollabConnection, result: CommandResult | { id?: string; ok: false; error: string }): void {
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
