import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { BadMessageError } from './frames';

/**
 * One entry of a y-protocols awareness update, read without its JSON: the client id and clock
 * come first in the encoding, so an entry the room will drop (another participant's state, an
 * echo, a stale clock) costs two varints and a byte count, never a JSON.parse.
 */
export interface RawAwarenessEntry {
  client: number;
  clock: number;
  /** The state's JSON text as UTF-8 bytes, still undecoded. */
  json: Uint8Array;
}

export interface AwarenessEntry {
  client: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** `null`, the state of a participant who left, as y-protocols writes it. */
const NULL_JSON = [0x6e, 0x75, 0x6c, 0x6c];

/** Reads the entries' headers; throws BadMessageError when the update is truncated or garbage. */
export function readRawAwarenessEntries(update: Uint8Array): RawAwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: RawAwarenessEntry[] = [];
    for (let index = 0; index < count; index++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      entries.push({ client, clock, json: decoding.readVarUint8Array(decoder) });
    }
    return entries;
  } catch (error) {
    throw new BadMessageError(error instanceof Error ? error.message : 'undecodable awareness update');
  }
}

export function isNullState(json: Uint8Array): boolean {
  return json.length === NULL_JSON.length && NULL_JSON.every((byte, index) => json[index] === byte);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses one kept entry's state; throws BadMessageError unless it is an object or null. */
export function parseAwarenessEntry(entry: RawAwarenessEntry): AwarenessEntry {
  let state: unknown;
  try {
    state = JSON.parse(utf8.decode(entry.json));
  } catch (error) {
    throw new BadMessageError(error instanceof Error ? error.message : 'undecodable awareness state');
  }
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
    throw new BadMessageError('awareness state must be an object or null');
  }
  return { client: entry.client, clock: entry.clock, state: state as Record<string, unknown> | null };
}

/** Parses every entry: for updates from other instances, already filtered there. */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  return readRawAwarenessEntries(update).map(parseAwarenessEntry);
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.client);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
