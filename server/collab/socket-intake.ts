import type { RawData, WebSocket } from 'ws';
import { CLOSE, MAX_MESSAGE_BYTES } from '@/lib/collab/protocol';

/** Messages a client may send while it is still being admitted (authentication, room load). */
const MAX_BUFFERED_MESSAGES = 256;

export type MessageHandler = (data: Uint8Array) => void;

export interface SocketIntake {
  /** Starts delivering messages, first the ones that arrived during admission. */
  start(handler: MessageHandler): void;
}

/**
 * Receives a socket's frames from the moment the upgrade is accepted. Text frames and frames
 * over MAX_MESSAGE_BYTES close the socket with the matching 44xx code (ws's own maxPayload is set
 * higher, so that this check, not ws's 1009, decides); messages that arrive before admission is
 * complete are held and replayed in order.
 */
export function createSocketIntake(ws: WebSocket): SocketIntake {
  let handler: MessageHandler | null = null;
  const held: Uint8Array[] = [];
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (ws.readyState !== ws.OPEN) return;
    if (!isBinary) {
      ws.close(CLOSE.badMessage, 'binary frames only');
      return;
    }
    const bytes = toBytes(data);
    if (bytes.byteLength > MAX_MESSAGE_BYTES) {
      ws.close(CLOSE.tooLarge, 'message too large');
      return;
    }
    if (handler) {
      handler(bytes);
      return;
    }
    held.push(bytes);
    if (held.length > MAX_BUFFERED_MESSAGES) ws.close(CLOSE.tooLarge, 'too many messages before admission');
  });
  return {
    start(next) {
      handler = next;
      for (const bytes of held.splice(0)) {
        if (ws.readyState !== ws.OPEN) return;
        next(bytes);
      }
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
