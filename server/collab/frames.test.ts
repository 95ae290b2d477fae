import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MESSAGE } from '@/lib/collab/protocol';
import { decodeClientMessage, encodeSyncStep2Update, encodeSyncUpdate } from './frames';

/** The frame as y-protocols writes it with lib0's encoder: what every y-websocket client reads. */
function lib0Frame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function payloadOf(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
}

// Around each boundary of the varuint length: one, two and three bytes.
const LENGTHS = [0, 1, 97, 127, 128, 129, 300, 16_383, 16_384, 70_000];

describe('sync frames', () => {
  it.each(LENGTHS)('frames an update of %i bytes exactly as lib0 does', (length) => {
    const payload = payloadOf(length);
    expect(encodeSyncUpdate(payload)).toEqual(lib0Frame(2, payload));
    expect(encodeSyncStep2Update(payload)).toEqual(lib0Frame(1, payload));
  });

  it('reads back as the update it carries', () => {
    const payload = payloadOf(16_384);
    expect(decodeClientMessage(encodeSyncUpdate(payload))).toEqual({ kind: 'update', update: payload });
    const decoder = decoding.createDecoder(encodeSyncStep2Update(payload));
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([MESSAGE.sync, 1]);
    expect(decoding.readVarUint8Array(decoder)).toEqual(payload);
    expect(decoding.hasContent(decoder)).toBe(false);
  });
});
