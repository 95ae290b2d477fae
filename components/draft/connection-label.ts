import type { ConnectionState } from './use-draft-connection';

const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  disconnected: 'Reconnecting…',
  closed: 'Disconnected',
};

/**
 * What the room bar says of the connection. While the server cannot reach its database, saving
 * is paused: the page keeps what its user types, and the server asks for it on resuming.
 */
export function connectionLabel(state: ConnectionState, savingPaused: boolean): { text: string; tone: string } {
  if (savingPaused && state === 'connected') return { text: 'Saving paused', tone: 'paused' };
  if (savingPaused && state !== 'closed') return { text: 'Saving paused — reconnecting…', tone: 'paused' };
  return { text: CONNECTION_LABELS[state], tone: state };
}

/** Which of the room bar's connection sentences applies (the same cases as connectionLabel), as a catalog key. */
export function connectionKey(state: ConnectionState, savingPaused: boolean): 'paused' | 'pausedReconnecting' | ConnectionState {
  if (savingPaused && state === 'connected') return 'paused';
  if (savingPaused && state !== 'closed') return 'pausedReconnecting';
  return state;
}
