import http from 'node:http';
import type createNextApp from 'next';
import { getConfig } from './config';
import { ensureAuthSecret } from './auth/ensure-auth-secret';
import { startDatabase } from './db/start-database';
import { runProcess, type ProcessLifecycle } from './boot/run-process';
import { startStartupClock } from './boot/start-startup-clock';

/**
 * Concord in one process: database, migrations, demo seed, then Next.js and the
 * collaboration websocket on one port. Order matters: nothing is served before migrations ran.
 */
async function startConcord({ onStop, fail }: ProcessLifecycle): Promise<void> {
  const clock = startStartupClock({ firstPhase: 'node and imports' });
  const config = getConfig();
  const secret = ensureAuthSecret(config.dataDir);
  process.env.NEXTAUTH_SECRET = secret;
  process.env.AUTH_SECRET = secret;
  config.authSecret = secret;
  // next-auth builds its callback URLs from this; the default is this server's own address.
  process.env.NEXTAUTH_URL ??= config.publicUrl;

  const dev = process.env.NODE_ENV === 'development';
  // Next fetches a server action's redirect target from this address; without it Next assumes
  // localhost:3000 and the redirect costs a second round trip from the browser.
  const webAppOptions = { dev, dir: process.cwd(), hostname: config.host === '0.0.0.0' ? 'localhost' : config.host, port: config.port };
  clock.mark('configuration');

  // Next.js reads its build while PostgreSQL boots and the database migrates; neither waits for
  // the other, and nothing is served before both are done. It is loaded and started once the
  // first process of PostgreSQL's start runs, because that keeps this thread busy for tenths of
  // a second: that then overlaps work in other processes instead of delaying it. So does loading
  // the rest of the server's code, which the database's start does not need, and the demo
  // accounts' password hash (scrypt, slow on purpose, on the thread pool) when the database is
  // new, hence empty.
  let prepared: Promise<WebApp> | undefined;
  let serving: Promise<ServingCode> | undefined;
  let demoPasswordHash: Promise<string> | undefined;
  const database = await startDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    onGiveUp: (error) => fail('the database is gone', error),
    mark: clock.mark,
    whilePostgresStarts: ({ created }) => {
      serving = loadServingCode();
      serving.catch(() => undefined);
      prepared = prepareWebApp(webAppOptions);
      prepared.catch(() => undefined);
      if (created) demoPasswordHash = serving.then(({ hashPassword, DEMO_PASSWORD }) => hashPassword(DEMO_PASSWORD));
      demoPasswordHash?.catch(() => undefined);
    },
  });
  onStop(() => database.stop());
  const {
    createDb,
    setDb,
    runMigrations,
    seedDemoMeeting,
    DEMO_SIGN_INS,
    grantAdministrators,
    createDefaultCollabServer,
    isCollabUpgrade,
    registerCollabHooks,
    openRoomBus,
    printBanner,
    stopServing,
    answerDatabaseAway,
    CLIENT_ADDRESS_HEADER,
  } = await (serving ?? loadServingCode());

  const client = createDb(database.url);
  setDb(client);
  onStop(() => client.close());
  await runMigrations(client.db);
  clock.mark('migrations');
  const seeded = await seedDemoMeeting(client.db, { demoPasswordHash });
  const administrators = await grantAdministrators({ db: client.db, emails: config.adminEmails });
  if (config.adminEmails.length > administrators) console.warn(`[concord] CONCORD_ADMIN_EMAILS names ${config.adminEmails.length - administrators} email(s) with no account here`);
  clock.mark('demo seed');

  const app = await (prepared ?? prepareWebApp(webAppOptions));
  clock.mark('waiting for the web app');
  const handle = app.getRequestHandler();
  const nextUpgrade = app.getUpgradeHandler();
  // With REDIS_URL, other instances hear this one's drafts, comments notices and membership changes.
  const bus = await openRoomBus(config.redisUrl);
  onStop(() => bus.close());
  const collab = createDefaultCollabServer({ db: client.db, config, idleUnloadMs: config.collabIdleUnloadMs, bus });
  const removeCollabHooks = registerCollabHooks(collab, () => bus.status());
  onStop(async () => removeCollabHooks());

  const server = http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
    if (database.restarting() && answerDatabaseAway({ req, res })) return;
    void handle(req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    if (isCollabUpgrade(req)) collab.handleUpgrade(req, socket, head);
    else void nextUpgrade(req, socket, head);
  });
  onStop(() => stopServing(server, () => collab.close()));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));

  clock.mark('listen');

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  printBanner({
    port,
    embedded: database.embedded,
    dataDir: config.dataDir,
    seeded: seeded.length > 0,
    demoSignIns: DEMO_SIGN_INS,
    startupMs: clock.totalMs(),
    phases: clock.describe(),
  });
}

type WebApp = ReturnType<typeof createNextApp>;

type ServingCode = Awaited<ReturnType<typeof loadServingCode>>;

/**
 * The server's code past the database's start, loaded while that start runs in other processes
 * (making a new cluster, PostgreSQL's own start) rather than before it: the packages it pulls in
 * (drizzle, zod, yjs, next-auth, …) take a few tenths of a second to load.
 */
async function loadServingCode() {
  const [client, migrate, seed, administrators, collab, collabServer, hooks, bus, banner, stop, away, address, passwords] = await Promise.all([
    import('./db/client'),
    import('./db/migrate'),
    import('./db/seed'),
    import('./users/grant-administrators'),
    import('./collab/create-default-collab-server'),
    import('./collab/create-collab-server'),
    import('./collab/process-hooks'),
    import('./collab/scale-out/open-room-bus'),
    import('./print-banner'),
    import('./boot/stop-serving'),
    import('./http/answer-database-away'),
    import('./auth/client-address'),
    import('./users/hash-password'),
  ]);
  return {
    createDb: client.createDb,
    setDb: client.setDb,
    runMigrations: migrate.runMigrations,
    seedDemoMeeting: seed.seedDemoMeeting,
    DEMO_PASSWORD: seed.DEMO_PASSWORD,
    DEMO_SIGN_INS: seed.DEMO_SIGN_INS,
    grantAdministrators: administrators.grantAdministrators,
    createDefaultCollabServer: collab.createDefaultCollabServer,
    isCollabUpgrade: collabServer.isCollabUpgrade,
    registerCollabHooks: hooks.registerCollabHooks,
    openRoomBus: bus.openRoomBus,
    printBanner: banner.printBanner,
    stopServing: stop.stopServing,
    answerDatabaseAway: away.answerDatabaseAway,
    CLIENT_ADDRESS_HEADER: address.CLIENT_ADDRESS_HEADER,
    hashPassword: passwords.hashPassword,
  };
}

/** Next.js, loaded only when asked for: loading it is a good part of its start-up. */
async function prepareWebApp(options: Parameters<typeof createNextApp>[0]): Promise<WebApp> {
  const { default: createApp } = await import('next');
  const app = createApp(options);
  await app.prepare();
  return app;
}

runProcess({ name: 'concord', start: startConcord });
