import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MESSAGE } from '@/lib/collab/protocol';

/**
 * Encoding and decoding of websocket frames. Types 0–3 are the y-websocket protocol; 100+ carry
 * JSON as a lib0 var-string. Sync frames are parsed here rather than with y-protocols'
 * readSyncMessage, because that one applies updates straight to the document.
 */

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' }
  | { kind: 'command'; json: string };

export class BadMessageError extends Error {}

/** Decodes one client frame; throws BadMessageError on anything that is not a known frame. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync:
        return decodeSync(decoder);
      case MESSAGE.awareness:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MESSAGE.queryAwareness:
        return { kind: 'queryAwareness' };
      case MESSAGE.auth:
        return { kind: 'auth' };
      case MESSAGE.command:
        return { kind: 'command', json: decoding.readVarString(decoder) };
      default:
        throw new BadMessageError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof BadMessageError) throw error;
    throw new BadMessageError(error instanceof Error ? error.message : 'undecodable message');
  }
}

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SYNC_STEP_1) return { kind: 'syncStep1', stateVector: payload };
  // Sync step 2 and update both carry an update: both are write paths.
  if (step === SYNC_STEP_2 || step === SYNC_UPDATE) return { kind: 'update', update: payload };
  throw new BadMessageError(`unknown sync message ${step}`);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

/** Throws when the client's state vector is undecodable; the caller treats that as garbage. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeSyncStep2Update(Y.encodeStateAsUpdate(doc, stateVector));
}

/** Sync step 2 carrying `update`, e.g. a whole stored state for a client that has nothing. */
export function encodeSyncStep2Update(update: Uint8Array): Uint8Array {
  return encodeSyncFrame(SYNC_STEP_2, update);
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSyncFrame(SYNC_UPDATE, update);
}

/**
 * A sync frame, as lib0's encoder writes it (type, step, varuint length, bytes), into one
 * allocation of the exact size: every accepted keystroke is framed once on its way to the room,
 * and the encoder's growing buffer and final copy cost more than the rest of the framing.
 */
function encodeSyncFrame(step: number, payload: Uint8Array): Uint8Array {
  let lengthBytes = 1;
  for (let rest = payload.length >>> 7; rest > 0; rest >>>= 7) lengthBytes++;
  const frame = new Uint8Array(2 + lengthBytes + payload.length);
  frame[0] = MESSAGE.sync;
  frame[1] = step;
  let at = 2;
  let length = payload.length;
  while (length > 0x7f) {
    frame[at++] = 0x80 | (length & 0x7f);
    length >>>= 7;
  }
  frame[at++] = length;
  frame.set(payload, at);
  return frame;
}

export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
