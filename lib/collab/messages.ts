import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WireParam } from '../i18n/server-sentences';
import type { Command } from '../negotiation/commands/schema';
import type { Role } from '../negotiation/roles';

/** Concord's own websocket messages (types 100+): a varuint type, then one JSON var-string. */

export interface SessionInfo {
  userId: string;
  name: string;
  role: Role;
  delegationId: string | null;
}

export interface Refusal {
  /** The English sentence, for bots and pages that do not know `key`. */
  reason: string;
  /** The sentence as a key of the `server` messages and its parameters (lib/i18n/server-sentences). */
  key?: string;
  params?: Record<string, WireParam>;
  /** The first paragraph the refused change touched (older servers send only this). */
  paragraphId?: string;
  /** Every paragraph the refused change touched, when the server knows them. */
  paragraphIds?: string[];
}

/** The paragraphs a refusal names, whichever fields the server filled in. */
export function refusedParagraphs(refusal: Refusal): string[] {
  const ids = Array.isArray(refusal.paragraphIds) ? refusal.paragraphIds.filter((id) => typeof id === 'string') : [];
  if (typeof refusal.paragraphId === 'string' && !ids.includes(refusal.paragraphId)) ids.unshift(refusal.paragraphId);
  return ids;
}

/** One type for both ends: the server's answer to a command. */
export type { Command, CommandResult } from '../negotiation/commands/schema';

/** A command as the page asks for it; the connection adds the `id` that matches it to its result. */
export type CommandRequest = Command extends infer Each ? (Each extends Command ? Omit<Each, 'id'> : never) : never;

/** The one encoder of Concord frames (100+), for the server, the browser, bots and tests. */
export function encodeJsonMessage(type: number, payload: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarString(encoder, JSON.stringify(payload));
  return encoding.toUint8Array(encoder);
}

/** Reads the JSON body after the type varuint has been consumed. Throws on malformed input. */
export function readJsonBody(decoder: decoding.Decoder): unknown {
  return JSON.parse(decoding.readVarString(decoder)) as unknown;
}
