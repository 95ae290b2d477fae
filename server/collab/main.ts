import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ensureAuthSecret } from '@/server/auth/ensure-auth-secret';
import { getConfig } from '@/server/config';
import { createDb, setDb } from '@/server/db/client';
import { runMigrations } from '@/server/db/migrate';
import { startDatabase } from '@/server/db/start-database';
import { runProcess, type ProcessLifecycle } from '@/server/boot/run-process';
import { stopServing } from '@/server/boot/stop-serving';
import { isCollabUpgrade } from './create-collab-server';
import { createDefaultCollabServer } from './create-default-collab-server';
import { openRoomBus } from './scale-out/open-room-bus';

/**
 * The collaboration server as its own process (`npm run collab`), for scaling out: it serves
 * only the websocket under /collab and GET /healthz. Listens on COLLAB_PORT (default 3001).
 * It shares the app's database, so set DATABASE_URL; the embedded database is started only when
 * the app is not already running one in DATA_DIR (starting it twice would stop the app's). With
 * REDIS_URL, any number of these (and of the app) serve the same drafts together.
 */
async function startCollab({ onStop, fail }: ProcessLifecycle): Promise<void> {
  const config = getConfig();
  config.authSecret = ensureAuthSecret(config.dataDir);
  if (!config.databaseUrl && existsSync(path.join(config.dataDir, 'pg', 'postmaster.pid'))) {
    throw new Error('the app already runs the embedded PostgreSQL in DATA_DIR; set DATABASE_URL to share it');
  }
  const database = await startDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    onGiveUp: (error) => fail('the database is gone', error),
  });
  onStop(() => database.stop());
  const client = createDb(database.url);
  setDb(client);
  onStop(() => client.close());
  await runMigrations(client.db);
  const bus = await openRoomBus(config.redisUrl);
  onStop(() => bus.close());
  const collab = createDefaultCollabServer({ db: client.db, config, idleUnloadMs: config.collabIdleUnloadMs, bus });

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, ...collab.stats() }));
      return;
    }
    res.writeHead(404).end();
  });
  server.on('upgrade', (req, socket, head) => {
    if (isCollabUpgrade(req)) collab.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  // Rooms drain (queued writes reach the database) before the database itself stops.
  onStop(() => stopServing(server, () => collab.close()));
  const port = Number(process.env.COLLAB_PORT ?? 3001);
  await new Promise<void>((resolve) => server.listen(port, config.host, resolve));
  console.log(`[collab] listening on ${config.host}:${port}`);
}

runProcess({ name: 'collab', start: startCollab });
