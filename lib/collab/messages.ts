import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from '../negotiation/roles';

/** Concord's own websocket messages (types 100+): a varuint type, then one JSON var-string. */

export interface SessionInfo {
  userId: string;
  name: string;
  role: Role;
  delegationId: string | null;
}

export interface Refusal {
  reason: string;
  paragraphId?: string;
}

export interface CommandResult {
  id?: string;
  ok: boolean;
  error?: string;
}

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
