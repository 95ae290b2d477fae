import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';

/** Struct kinds (the info byte of the Yjs update format, v1). */
export const STRUCT = {
  gc: 0,
  skip: 10,
  /** ContentDeleted placed after an origin character. */
  deletedAfterOrigin: 1 | 0x80,
} as const;

/**
 * A hand-made Yjs update: one struct of `length` clocks from clock 0 of `client`, and an empty
 * delete set. What a modified client can send and no Yjs document would produce by itself.
 */
export function craftStructRun(client: number, info: number, length: number, origin?: Y.ID): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, info);
  if (origin) {
    encoding.writeVarUint(encoder, origin.client);
    encoding.writeVarUint(encoder, origin.clock);
  }
  encoding.writeVarUint(encoder, length);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}
