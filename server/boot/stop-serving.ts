import type http from 'node:http';

/**
 * Stops an HTTP server that also carries the collaboration websockets, within a few seconds.
 * `server.close()` alone waits for every open socket, upgraded websockets included, so a stop
 * with anyone connected never finished (and ended in a SIGKILL that orphaned PostgreSQL).
 * Order: stop accepting; close the realtime side (its rooms flush their queued writes, then
 * its clients are told the server is restarting, which they reconnect from); close idle HTTP
 * connections; give requests in flight `graceMs`, then close what is left.
 */
export async function stopServing(server: http.Server, closeRealtime: () => Promise<void>, graceMs = 3_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  await closeRealtime();
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), graceMs);
  force.unref();
  await closed;
  clearTimeout(force);
}
