/**
 * A message framed once for every socket of a broadcast. ws frames each send on its own (an
 * options object, a header buffer, a cork and a two-buffer write per socket); a keystroke goes
 * to every participant in the room, so at 200 of them that per-socket framing cost more than
 * everything else the server does for the keystroke. A prepared message carries the payload
 * (for a socket ws must write itself) and the same payload as one complete websocket frame.
 */
export interface PreparedMessage {
  payload: Uint8Array;
  frame: Buffer;
}

const FIN_BINARY = 0x82;
const LENGTH_16 = 126;
const LENGTH_64 = 127;

/** One final, unmasked binary frame (RFC 6455 §5.2), as a server sends it. */
export function encodeBinaryFrame(payload: Uint8Array): Buffer {
  const length = payload.length;
  const header = length < LENGTH_16 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = FIN_BINARY;
  if (header === 2) {
    frame[1] = length;
  } else if (header === 4) {
    frame[1] = LENGTH_16;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = LENGTH_64;
    frame.writeUInt32BE(Math.floor(length / 0x1_0000_0000), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(payload, header);
  return frame;
}

export function prepareMessage(payload: Uint8Array): PreparedMessage {
  return { payload, frame: encodeBinaryFrame(payload) };
}
