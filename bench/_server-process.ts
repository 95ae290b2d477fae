/**
 * A server under measurement, in a process of its own so that its CPU time and memory are its
 * own and not the simulated clients'. Started by bench/_server-child.ts; answers over IPC.
 *
 *   concord            durable PostgreSQL, a seeded meeting, a draft of BENCH_PARAGRAPHS paragraphs,
 *                      Concord's collaboration server (production wiring)
 *   concord-instance   another collaboration instance on DATABASE_URL, sharing REDIS_URL
 *   relay              the bare y-protocols relay, awareness included, on the state it is sent
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import type { NewParagraph } from '@/lib/negotiation/draft-doc';
import { createDb } from '@/server/db/client';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { connectRedisRoomBus } from '@/server/collab/scale-out/connect-redis-room-bus';
import type { RoomBus } from '@/server/collab/scale-out/room-bus';
import { seedCollabMeeting } from '@/test-support/collab/seed-collab-meeting';
import { seedDraft } from '@/test-support/collab/seed-draft';
import { startCollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { startBareRelay, type RelayTraffic } from './_bare-relay';
import { startDurableDatabase } from './_durable-database';
import { benchParagraphs } from './_validation-history';
import { seededRandom } from '@/test-support/random';
import type { ServerReady, ServerRequest } from './_server-child';

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 60);
/** How soon a draft nobody has open is unloaded; short, so that a benchmark can time a cold load. */
const IDLE_UNLOAD_MS = Number(process.env.BENCH_IDLE_UNLOAD_MS ?? 60_000);

function send(message: unknown): void {
  process.send?.(message);
}

function paragraphs(): NewParagraph[] {
  return benchParagraphs(PARAGRAPHS, seededRandom(20260101)).map((paragraph) => ({ ...paragraph, id: randomUUID() }));
}

async function startConcord(): Promise<{ ready: ServerReady; stop(): Promise<void> }> {
  const database = await startDurableDatabase();
  const meeting = await seedCollabMeeting(database.db);
  const seeded = paragraphs();
  const draftId = await seedDraft(database.db, meeting.meetingId, seeded);
  const bus = process.env.REDIS_URL ? await connectRedisRoomBus({ url: process.env.REDIS_URL, logError: () => undefined }) : undefined;
  const server = await startCollabTestServer(database.db, { idleUnloadMs: IDLE_UNLOAD_MS, ...(bus ? { bus } : {}) });
  const state = await loadDraftState({ db: database.db, draftId });
  return {
    ready: {
      url: server.url,
      databaseUrl: database.url,
      draftId,
      meeting,
      paragraphIds: seeded.map((paragraph) => paragraph.id),
      state: Buffer.from(state).toString('base64'),
      commitFloor: database.commitFloor,
    },
    stop: async () => {
      await server.close();
      await bus?.close();
      await database.stop();
    },
  };
}

async function startInstance(): Promise<{ ready: ServerReady; stop(): Promise<void> }> {
  const databaseUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!databaseUrl || !redisUrl) throw new Error('concord-instance needs DATABASE_URL and REDIS_URL');
  const handle = createDb(databaseUrl);
  const bus: RoomBus = await connectRedisRoomBus({ url: redisUrl, logError: () => undefined });
  const server = await startCollabTestServer(handle.db, { bus, idleUnloadMs: IDLE_UNLOAD_MS });
  return {
    ready: { url: server.url },
    stop: async () => {
      await server.close();
      await bus.close();
      await handle.close();
    },
  };
}

let relayTraffic: RelayTraffic | undefined;

async function startRelay(state: Uint8Array): Promise<{ ready: ServerReady; stop(): Promise<void> }> {
  const relay = await startBareRelay(state, { awareness: true });
  relayTraffic = relay.traffic;
  return { ready: { url: relay.url }, stop: () => relay.close() };
}

/**
 * BENCH_PROF=<folder>: a V8 CPU profile of what the server does between two usage readings (the
 * measured window, without start-up and connecting), written to <folder>/<mode>-<pid>-<n>.cpuprofile.
 */
const profiling = { session: null as Session | null, count: 0 };
async function profileBetweenUsages(mode: string | undefined): Promise<void> {
  const folder = process.env.BENCH_PROF;
  if (!folder) return;
  if (!profiling.session) {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    profiling.session = session;
    return;
  }
  const { profile } = await profiling.session.post('Profiler.stop');
  profiling.session.disconnect();
  profiling.session = null;
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, `${mode ?? 'server'}-${process.pid}-${++profiling.count}.cpuprofile`), JSON.stringify(profile));
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  let running: { ready: ServerReady; stop(): Promise<void> } | undefined;
  process.on('message', (request: ServerRequest) => {
    void (async () => {
      if (request.type === 'start') {
        if (mode === 'concord') running = await startConcord();
        else if (mode === 'concord-instance') running = await startInstance();
        else if (mode === 'relay') running = await startRelay(Buffer.from(request.state ?? '', 'base64'));
        else throw new Error(`unknown server mode ${mode}`);
        send({ type: 'ready', ready: running.ready });
      } else if (request.type === 'usage') {
        await profileBetweenUsages(mode);
        const cpu = process.cpuUsage();
        send({ type: 'usage', cpuMicros: cpu.user + cpu.system, rss: process.memoryUsage().rss, ...relayTraffic });
      } else if (request.type === 'stop') {
        await running?.stop();
        send({ type: 'stopped' });
        process.exit(0);
      }
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  // Parent gone (crashed or interrupted): nothing left to measure for.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'alive' });
}

void main();
