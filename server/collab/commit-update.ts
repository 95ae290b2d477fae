import * as Y from 'yjs';
import { SERVER_WRITER } from '@/lib/collab/protocol';
import { say, type WireSentence } from '@/lib/i18n/server-sentences';
import type { CollabConnection } from './connection';
import { encodeSyncUpdate } from './frames';
import type { Room } from './room';
import { spokenForDelegation } from './spoken-for-delegation';
import { storeUpdate } from './store-update';
import { refuse, type UpdateValidator, type ValidationResult } from './validation/types';

/**
 * Who an update comes from: a member's connection, whose update the validator judges, or the
 * server itself (a command, judged by the command's own rules and built on a scratch copy).
 */
export type UpdateWriter =
  | { kind: 'client'; connection: CollabConnection }
  | { kind: 'server'; userId: string; delegationId: string | null; paragraphIds: string[] };

/**
 * 'waiting': a client's update builds on changes not yet received and was not judged.
 * 'failed' / 'unreachable': not stored (the database refused the row / did not answer); the
 * room's document is unchanged. 'dropped': the room went away, or could not apply what it stored.
 */
export type CommitOutcome =
  | { status: 'committed' }
  | { status: 'waiting' }
  | { status: 'refused'; sentence: WireSentence; paragraphIds: string[] }
  | { status: 'failed' | 'unreachable'; paragraphIds: string[] }
  | { status: 'dropped' };

/**
 * The one write path of a room, run inside its serial queue: check, store, broadcast, publish.
 * A client's update is judged on the room's document itself (applied once); until it is stored,
 * nothing reads that document (sync answers wait in the same queue), and when it is refused or
 * cannot be stored the document is restored to what the database holds. A command's update,
 * built on a scratch copy, reaches the document only once stored.
 */
export async function commitUpdate({ room, update, writer }: { room: Room; update: Uint8Array; writer: UpdateWriter }): Promise<CommitOutcome> {
  if (writer.kind === 'server') return commitServerUpdate(room, update, writer);
  const { connection } = writer;
  const verdict = await judge(room, update, connection);
  // Who wrote what could not be read from the log: as when the database does not answer.
  if (verdict === 'unreadable') return { status: 'unreachable', paragraphIds: [] };
  if (!verdict.ok) {
    room.restoreStoredState(verdict.paragraphIds ?? []);
    if (verdict.waiting) return { status: 'waiting' };
    return { status: 'refused', sentence: verdict.sentence, paragraphIds: verdict.paragraphId === undefined ? [] : [verdict.paragraphId] };
  }
  const paragraphIds = verdict.paragraphIds ?? [];
  const { deps } = room;
  const stored = await storeUpdate({ store: deps.store, entry: entryOf(room, update, writer), counters: deps.counters, logError: deps.logError });
  if (room.destroyed) return { status: 'dropped' };
  if (stored !== 'stored') {
    room.restoreStoredState(paragraphIds);
    return { status: stored, paragraphIds };
  }
  room.recordStoredUpdate(update, { judged: true, committed: true });
  room.broadcast(encodeSyncUpdate(update), connection);
  deps.bus.publishDraft(room.draftId, { kind: 'update', update, writer: connection.actor.userId });
  return { status: 'committed' };
}

/** The server's own update (a command): stored first, then applied, read by the validator, sent. */
async function commitServerUpdate(room: Room, update: Uint8Array, writer: UpdateWriter & { kind: 'server' }): Promise<CommitOutcome> {
  const { deps } = room;
  const stored = await storeUpdate({ store: deps.store, entry: entryOf(room, update, writer), counters: deps.counters, logError: deps.logError });
  if (stored !== 'stored') return { status: stored, paragraphIds: writer.paragraphIds };
  if (room.destroyed) return { status: 'dropped' };
  try {
    Y.applyUpdate(room.doc, update, SERVER_WRITER);
  } catch (error) {
    // Stored but not applied: the document no longer matches the database. Reloading does.
    deps.logError(`[collab] draft ${room.draftId}: a stored update did not apply`, error);
    deps.onBroken(room);
    return { status: 'dropped' };
  }
  room.recordStoredUpdate(update, { writer: SERVER_WRITER, committed: true });
  room.broadcast(encodeSyncUpdate(update));
  deps.bus.publishDraft(room.draftId, { kind: 'update', update, writer: SERVER_WRITER });
  return { status: 'committed' };
}

function entryOf(room: Room, update: Uint8Array, writer: UpdateWriter): Parameters<Room['deps']['store']['append']>[0] {
  if (writer.kind === 'server') return { draftId: room.draftId, update, userId: writer.userId, delegationId: writer.delegationId };
  const actor = writer.connection.actor;
  return { draftId: room.draftId, update, userId: actor.userId, delegationId: spokenForDelegation(actor, update) };
}

/** The validator's verdict; the update is in the room's document unless the log could not be read. */
async function judge(room: Room, update: Uint8Array, connection: CollabConnection): Promise<ValidationResult | 'unreadable'> {
  let validator: UpdateValidator;
  try {
    validator = room.validation.current ?? (await room.validation.ready());
  } catch (error) {
    room.deps.logError(`[collab] draft ${room.draftId}: could not read who wrote the draft`, error);
    return 'unreadable';
  }
  room.captureStoredState();
  try {
    return validator.check(update, connection.actor, { offlineSince: connection.offlineSince });
  } catch (error) {
    room.deps.logError(`[collab] draft ${room.draftId}: validator failed`, error);
    return refuse(say('server.refused.checkFailed', {}));
  }
}
