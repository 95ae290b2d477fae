import * as encoding from 'lib0/encoding';
import * as time from 'lib0/time';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE } from './protocol';

/**
 * How a Concord client takes part in presence.
 *
 * y-websocket sends the server every awareness change it hears, other people's included, so each
 * state the server sends out came back from every client in the room. Here the provider sends
 * only this client's own state.
 *
 * The server forwards changes and departures but not renewals (states that did not change), so
 * peers' states are kept alive here for as long as the socket is open: y-protocols would
 * otherwise drop each after 30 s without news. On a disconnect y-websocket clears them, and the
 * server sends every current state on the next connection.
 *
 * Returns the function that undoes both, to call before the provider is destroyed.
 */
export const PEER_REFRESH_MS = 10_000;

export function linkOwnPresence(provider: WebsocketProvider): () => void {
  const { awareness } = provider;
  awareness.off('update', provider._awarenessUpdateHandler);
  const sendOwn = ({ added, updated, removed }: AwarenessChange): void => {
    const own = awareness.clientID;
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    const socket = provider.ws;
    if (!provider.wsconnected || !socket) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [own]));
    socket.send(encoding.toUint8Array(encoder));
  };
  // destroy() unsubscribes whatever handler the provider holds: that is now this one.
  provider._awarenessUpdateHandler = sendOwn;
  awareness.on('update', sendOwn);
  const refresh = setInterval(() => {
    if (!provider.wsconnected) return;
    // The clock y-protocols itself compares with.
    const now = time.getUnixTime();
    awareness.meta.forEach((meta, client) => {
      if (client !== awareness.clientID) meta.lastUpdated = now;
    });
  }, PEER_REFRESH_MS);
  return () => {
    clearInterval(refresh);
    awareness.off('update', sendOwn);
  };
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
