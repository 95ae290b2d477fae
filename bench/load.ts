/**
 * A plenary under load: one 60-paragraph draft, TYPISTS delegates typing bursts of keystrokes
 * into their paragraphs, READERS participants whose documents are timed, and the rest of the
 * connections idle participants (presence renewals only, bench/_idle-crowd.ts). For 200 and
 * 1,000 connections, in this run, each server in a process of its own:
 * - Concord (auth, validation, durable PostgreSQL write before broadcast);
 * - the baseline, a bare y-protocols relay (no checks, no database);
 * - Concord as two instances sharing the database and a redis-server, connections split evenly.
 * Reports keystroke propagation (typist to reader) p50/p99, server CPU per delivered update and
 * its ratio to the relay's, resident memory, keystrokes lost (any reader missing any keystroke
 * once everything has drained; must be 0), and the cold load of the draft from the database
 * after everyone has left and the room was unloaded.
 *
 *   npm run bench -- load                     (200 and 1,000 connections)
 *   npm run bench -- load -- --clients 500
 *   BENCH_TYPING_S=40 (typing per server, in BENCH_WINDOW_PAIRS=4 windows each; see
 *   alternateWindows), BENCH_WARMUP_S=15 (unmeasured typing per server first; see WARMUP_MS),
 *   BENCH_SCALE_OUT=0 skips the two-instance phase,
 *   BENCH_PROF=/tmp/profiles writes a CPU profile of each server process over each measured window
 */
import { randomUUID } from 'node:crypto';
import { draftRoom } from '@/lib/collab/protocol';
import { mintCollabToken } from '@/server/collab/collab-token';
import type { SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { TEST_AUTH_SECRET } from '@/test-support/collab/start-collab-test-server';
import { startTestRedis } from '@/test-support/collab/start-test-redis';
import { connectIdleCrowd, RENEW_MS, type IdleCrowd } from './_idle-crowd';
import { startServerChild, type ServerChild, type ServerReady } from './_server-child';
import { percentile, round } from './_stats';
import { runTyping, timeLoad, type Seat, type Typist, type TypingResult } from './_typing-crowd';
import { seededRandom } from '@/test-support/random';

const TYPISTS = 10;
const READERS = 10;
const TYPING_MS = Number(process.env.BENCH_TYPING_S ?? 40) * 1000;
/**
 * Unmeasured typing on each server before the windows. V8 compiles a function to optimised code
 * only once its bytecode has run many times over, and a server's write path runs once per
 * keystroke: node --trace-opt showed Concord's commit and checks first optimised after one to
 * two thousand keystrokes, and a few of its checks later still. A meeting's server is past that
 * within its first minutes; without enough of it, the windows timed those functions in V8's
 * interpreter and baseline tiers. So the warm-up types about four thousand keystrokes, at
 * WARMUP_PACE, with no idle crowd (it would only slow the warm-up down), into other paragraphs
 * than the windows' (theirs keep their length).
 */
const WARMUP_MS = Number(process.env.BENCH_WARMUP_S ?? 15) * 1000;
/** Ten typists, each a burst of keys 20 ms apart every 0.2–0.4 s: about 260 keystrokes a second. */
const WARMUP_PACE = { keyGapMs: 20, burstPauseMs: 50 };
/** Pairs of windows (Concord's and the relay's) that share TYPING_MS each; see alternateWindows. */
const WINDOW_PAIRS = Number(process.env.BENCH_WINDOW_PAIRS ?? 4);
const WITH_SCALE_OUT = process.env.BENCH_SCALE_OUT !== '0';
const IDLE_UNLOAD_MS = 1_000;

interface PhaseResult {
  p50_ms: number;
  p99_ms: number;
  cpu_per_message_us: number;
  lost_updates: number;
  keystrokes: number;
  delivered: number;
  rss_mb: number;
}

function sizes(): number[] {
  const flag = process.argv.indexOf('--clients');
  const value = flag >= 0 ? Number(process.argv[flag + 1]) : NaN;
  return Number.isInteger(value) && value > TYPISTS + READERS ? [value] : [200, 1000];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One server set-up (one or two processes) under one crowd. */
interface Scene {
  servers: ServerChild[];
  relay?: boolean;
  /** Seat `index` (alternating between instances where there are two). */
  seat(index: number, user: SeededUser | null): Seat;
  typist(index: number): Typist;
}

function concordScene(servers: ServerChild[], main: ServerReady): Scene {
  const { meeting, draftId, paragraphIds } = main;
  if (!meeting || !draftId || !paragraphIds) throw new Error('the Concord server process did not describe its draft');
  const tokens = new Map<string, string>();
  const token = (user: SeededUser) => tokens.get(user.userId) ?? tokens.set(user.userId, mintCollabToken(TEST_AUTH_SECRET, user.userId, 3600)).get(user.userId)!;
  const delegates = [
    { user: meeting.people.frenchDelegate, delegation: meeting.france },
    { user: meeting.people.mexicanDelegate, delegation: meeting.mexico },
  ];
  const seat = (index: number, user: SeededUser | null): Seat => ({
    url: servers[index % servers.length]!.ready.url,
    room: draftRoom(draftId),
    params: { token: token(user ?? meeting.people.viewer) },
  });
  return {
    servers,
    seat,
    typist: (index) => {
      const { user, delegation } = delegates[index % delegates.length]!;
      return {
        seat: seat(index, user),
        paragraphId: paragraphIds[(index * 7) % paragraphIds.length]!,
        attributes: { insertion: { proposal: randomUUID(), delegation, author: user.userId, at: new Date().toISOString() } },
      };
    },
  };
}

function relayScene(relay: ServerChild, paragraphIds: string[]): Scene {
  const seat = (): Seat => ({ url: relay.ready.url, room: 'bench', params: {} });
  return {
    servers: [relay],
    relay: true,
    seat,
    // The same marked keystrokes as Concord's delegates type, so both send the same bytes.
    typist: (index) => ({
      seat: seat(),
      paragraphId: paragraphIds[(index * 7) % paragraphIds.length]!,
      attributes: { insertion: { proposal: randomUUID(), delegation: `relay-${index}`, author: `relay-typist-${index}`, at: new Date().toISOString() } },
    }),
  };
}

/**
 * Up to this many idle clients, the bare relay's read what it sends, as Concord's do: a write to
 * a socket whose reader is waiting costs the sender more (the kernel wakes the reader) than one
 * to a socket nobody reads, so a relay writing to paused sockets would be measured cheaper than
 * it is. Beyond it, the relay's renewals to everyone (every client's, every 15 s, to every other)
 * would saturate this process, so there its idle clients stop reading and its CPU per update is
 * a flattering baseline.
 */
const RELAY_CROWD_READS_UP_TO = 500;

function relayCrowdStopsReading(scene: Scene, count: number): boolean {
  return scene.relay === true && count > RELAY_CROWD_READS_UP_TO;
}

async function idleCrowd(scene: Scene, count: number): Promise<IdleCrowd> {
  return connectIdleCrowd({
    roomUrl: '',
    count,
    stopReading: relayCrowdStopsReading(scene, count),
    partial: scene.relay === true,
    seat: (index) => scene.seat(index, null),
    state: (index) => ({ user: { name: `Participant ${index}`, color: '#1f77b4' }, cursor: null }),
  });
}

/**
 * One participant who stays from the warm-up to the last window, as the secretariat stays in the
 * room through a meeting. Without one, the room emptied between windows and Concord unloaded the
 * draft (IDLE_UNLOAD_MS is short, for the cold load timed at the end); V8 then threw away the
 * optimised code that held objects of the unloaded room (node --trace-deopt: "weak objects", some
 * sixty functions of the write path), so each window began by compiling them again, which a
 * meeting's server does once a session. The bare relay never unloads its document.
 */
async function keepRoomOpen(scene: Scene): Promise<IdleCrowd> {
  return connectIdleCrowd({
    roomUrl: '',
    count: 1,
    seat: () => scene.seat(0, null),
    state: () => ({ user: { name: 'Secretariat', color: '#2ca02c' }, cursor: null }),
  });
}

async function warmUp(scene: Scene, count: number): Promise<void> {
  const typists = Array.from({ length: TYPISTS }, (_, index) => scene.typist(TYPISTS + index));
  const readers = Array.from({ length: READERS }, (_, index) => scene.seat(index + 1, null));
  await runTyping(typists, readers, WARMUP_MS, seededRandom(-count), {}, WARMUP_PACE);
}

async function cpuMicros(servers: ServerChild[]): Promise<{ cpu: number; rss: number }> {
  const usages = await Promise.all(servers.map((server) => server.usage()));
  return { cpu: usages.reduce((sum, usage) => sum + usage.cpuMicros, 0), rss: usages.reduce((sum, usage) => sum + usage.rss, 0) };
}

/**
 * One window of typing under one crowd: what the readers saw, and what it cost the server(s).
 * `delivered` also counts the updates the idle crowd received.
 */
interface Window extends TypingResult {
  cpuMicros: number;
  rss: number;
}

/** Kept free at the end of a crowd's first RENEW_MS for typists and readers to sync and the last keystrokes to drain. */
const SYNC_AND_DRAIN_MS = 3_000;
const SHORTEST_WINDOW_MS = 2_000;

/**
 * `beforeRenewals`: the typing ends before the crowd's first presence renewals, shorter than
 * `durationMs` if the crowd took long to join (a thousand clients do). `keeper`, connected
 * already (see keepRoomOpen), is one of the `count` connections.
 */
async function runWindow(
  scene: Scene,
  count: number,
  seed: number,
  durationMs: number,
  beforeRenewals: boolean,
  keeper?: IdleCrowd,
): Promise<Window & { crowd: IdleCrowd }> {
  const crowdStart = performance.now();
  const idleCount = count - TYPISTS - READERS - (keeper ? 1 : 0);
  const crowd = await idleCrowd(scene, idleCount);
  const untilRenewals = RENEW_MS - (performance.now() - crowdStart) - SYNC_AND_DRAIN_MS;
  const typingMs = beforeRenewals ? Math.max(SHORTEST_WINDOW_MS, Math.min(durationMs, untilRenewals)) : durationMs;
  const typists = Array.from({ length: TYPISTS }, (_, index) => scene.typist(index));
  const readers = Array.from({ length: READERS }, (_, index) => scene.seat(index + 1, null));
  // Measured from the moment typists and readers have joined until every keystroke has reached
  // everyone, before anyone leaves: what a server spends letting people in and out is not what it
  // spends per delivered update, and it would weigh more the shorter the window.
  let before = { cpu: NaN, rss: 0 };
  let after = { cpu: NaN, rss: 0 };
  const received = () => ({ crowd: crowd.traffic.updatesReceived ?? 0, keeper: keeper?.traffic.updatesReceived ?? 0 });
  let updatesBefore = received();
  let updatesAfter = updatesBefore;
  const hooks = {
    synced: async (): Promise<void> => {
      before = await cpuMicros(scene.servers);
      updatesBefore = received();
    },
    drained: async (): Promise<void> => {
      after = await cpuMicros(scene.servers);
      updatesAfter = received();
    },
  };
  const typing: TypingResult = await runTyping(typists, readers, typingMs, seededRandom(seed), hooks).catch((error: unknown) => {
    crowd.close();
    throw error;
  });
  // Idle clients that stopped reading (see idleCrowd) are counted as sent each keystroke.
  const toCrowd = relayCrowdStopsReading(scene, idleCount) ? typing.keystrokes * crowd.synced() : updatesAfter.crowd - updatesBefore.crowd;
  const toIdle = toCrowd + updatesAfter.keeper - updatesBefore.keeper;
  return {
    crowd,
    cpuMicros: after.cpu - before.cpu,
    delivered: typing.delivered + toIdle,
    latenciesMs: typing.latenciesMs,
    lost: typing.lost,
    keystrokes: typing.keystrokes,
    rss: after.rss,
  };
}

function summarize(windows: Window[]): PhaseResult {
  const sum = (pick: (window: Window) => number): number => windows.reduce((total, window) => total + pick(window), 0);
  const latencies = windows.flatMap((window) => window.latenciesMs);
  return {
    p50_ms: round(percentile(latencies, 50), 2),
    p99_ms: round(percentile(latencies, 99), 2),
    cpu_per_message_us: round(sum((window) => window.cpuMicros) / Math.max(1, sum((window) => window.delivered)), 2),
    lost_updates: sum((window) => window.lost),
    keystrokes: sum((window) => window.keystrokes),
    delivered: sum((window) => window.delivered),
    rss_mb: round(Math.max(...windows.map((window) => window.rss)) / 1024 / 1024, 1),
  };
}

async function runPhase(scene: Scene, count: number, seed: number): Promise<PhaseResult & { crowd: IdleCrowd }> {
  const { crowd, ...window } = await runWindow(scene, count, seed, TYPING_MS, false);
  return { crowd, ...summarize([window]) };
}

/**
 * Windows of typing on Concord and on the relay, in turns, each with its own crowd: Concord then
 * the relay, then the relay then Concord, and so on. On this shared machine the speed of the
 * processor drifts over a run by more than the difference measured; taking turns lets that
 * drift reach both alike, where two long phases one after the other gave the second whatever
 * the machine was doing then. A window's typing ends before its crowd's first presence
 * renewals (see runWindow), so its CPU is that of the keystrokes alone, on both servers (what
 * presence costs is the presence benchmark's; with one long phase the relay's renewals to
 * everyone fell inside it).
 */
async function alternateWindows(concord: Scene, relay: Scene, count: number): Promise<{ concord: Window[]; relay: Window[] | null }> {
  const windows = { concord: [] as Window[], relay: [] as Window[] | null };
  const keepers = new Map<Scene, IdleCrowd>();
  const run = async (scene: Scene, into: Window[], seed: number, durationMs: number): Promise<void> => {
    const { crowd, ...window } = await runWindow(scene, count, seed, durationMs, true, keepers.get(scene));
    crowd.close();
    into.push(window);
  };
  const relayTurn = async (seed: number, durationMs: number): Promise<void> => {
    // A bare relay sends every renewal to everyone; at a thousand clients it may not even let new
    // participants sync. Then its figures are null and `baseline_saturated` says why.
    if (windows.relay === null) return;
    await run(relay, windows.relay, seed, durationMs).catch((error: unknown) => {
      console.error(`load: the bare relay could not serve ${count} connections: ${error instanceof Error ? error.message : String(error)}`);
      windows.relay = null;
    });
  };
  try {
    for (const scene of [concord, relay]) keepers.set(scene, await keepRoomOpen(scene));
    if (WARMUP_MS > 0) for (const scene of [concord, relay]) await warmUp(scene, count);
    const windowMs = TYPING_MS / WINDOW_PAIRS;
    for (let pair = 0; pair < WINDOW_PAIRS; pair++) {
      const seed = count + pair;
      if (pair % 2 === 0) {
        await run(concord, windows.concord, seed, windowMs);
        await relayTurn(seed, windowMs);
      } else {
        await relayTurn(seed, windowMs);
        await run(concord, windows.concord, seed, windowMs);
      }
    }
  } finally {
    for (const keeper of keepers.values()) keeper.close();
  }
  return windows;
}


async function measureSize(count: number): Promise<Record<string, unknown>> {
  const concord = await startServerChild('concord', { env: { BENCH_IDLE_UNLOAD_MS: String(IDLE_UNLOAD_MS) } });
  const { state, paragraphIds, commitFloor } = concord.ready;
  const relay = await startServerChild('relay', { state: state ?? '' });
  const scene = concordScene([concord], concord.ready);
  const windows = await alternateWindows(scene, relayScene(relay, paragraphIds ?? []), count);
  // Everyone has left: once the room is unloaded, the next participant loads the draft from the database.
  await pause(IDLE_UNLOAD_MS * 3);
  const coldLoadMs = await timeLoad(scene.seat(0, null));
  const warmLoadMs = await timeLoad(scene.seat(0, null));
  await concord.stop();
  const baselineLoadMs = windows.relay ? await timeLoad({ url: relay.ready.url, room: 'bench', params: {} }) : NaN;
  await relay.stop();

  const scaleOut = WITH_SCALE_OUT ? await measureScaleOut(count) : null;
  const concordResult = summarize(windows.concord);
  const unknown = { p50_ms: NaN, p99_ms: NaN, cpu_per_message_us: NaN, lost_updates: NaN, keystrokes: 0, delivered: 0, rss_mb: NaN };
  const baselineResult = windows.relay ? summarize(windows.relay) : unknown;
  return {
    clients: count,
    typists: TYPISTS,
    readers: READERS,
    ...concordResult,
    baseline_p50_ms: baselineResult.p50_ms,
    baseline_p99_ms: baselineResult.p99_ms,
    commit_floor_p50_ms: commitFloor?.p50_ms ?? null,
    commit_floor_p99_ms: commitFloor?.p99_ms ?? null,
    baseline_cpu_per_message_us: baselineResult.cpu_per_message_us,
    cpu_per_message_ratio: round(concordResult.cpu_per_message_us / Math.max(0.01, baselineResult.cpu_per_message_us), 2),
    cpu_per_message_ratio_by_pair: windowRatios(windows),
    baseline_lost_updates: baselineResult.lost_updates,
    baseline_saturated: windows.relay === null,
    baseline_rss_mb: baselineResult.rss_mb,
    cold_load_ms: round(coldLoadMs, 1),
    warm_load_ms: round(warmLoadMs, 1),
    baseline_load_ms: round(baselineLoadMs, 1),
    ...(scaleOut ? { scale_out: scaleOut } : {}),
  };
}

/** Each pair of windows' own ratio of CPU per delivered update: how much the turns agree. */
function windowRatios(windows: { concord: Window[]; relay: Window[] | null }): number[] {
  const perUpdate = (window: Window): number => window.cpuMicros / Math.max(1, window.delivered);
  return windows.concord.map((window, pair) => {
    const relay = windows.relay?.[pair];
    return relay ? round(perUpdate(window) / Math.max(0.01, perUpdate(relay)), 2) : NaN;
  });
}

async function measureScaleOut(count: number): Promise<PhaseResult> {
  const redis = await startTestRedis();
  try {
    const a = await startServerChild('concord', { env: { REDIS_URL: redis.url, BENCH_IDLE_UNLOAD_MS: String(IDLE_UNLOAD_MS) } });
    const b = await startServerChild('concord-instance', {
      env: { REDIS_URL: redis.url, DATABASE_URL: a.ready.databaseUrl ?? '', BENCH_IDLE_UNLOAD_MS: String(IDLE_UNLOAD_MS) },
    });
    const result = await runPhase(concordScene([a, b], a.ready), count, count + 1);
    result.crowd.close();
    await b.stop();
    await a.stop();
    const { crowd: _crowd, ...rest } = result;
    return rest;
  } finally {
    await redis.close();
  }
}

async function main(): Promise<void> {
  const results: Array<Record<string, unknown>> = [];
  for (const count of sizes()) {
    const result = await measureSize(count);
    results.push(result);
    const scaleOut = result.scale_out as PhaseResult | undefined;
    console.log(
      `load: ${count} connections, ${result.keystrokes} keystrokes: propagation p50 ${result.p50_ms} ms / p99 ${result.p99_ms} ms vs bare relay ${result.baseline_p50_ms} / ${result.baseline_p99_ms} ms ` +
        `(durable commit floor p50 ${result.commit_floor_p50_ms} ms); CPU per delivered update ${result.cpu_per_message_us} µs vs ${result.baseline_cpu_per_message_us} µs (×${result.cpu_per_message_ratio}); ` +
        `${result.rss_mb} MB vs ${result.baseline_rss_mb} MB RSS; lost ${result.lost_updates}; cold load ${result.cold_load_ms} ms (warm ${result.warm_load_ms} ms, relay ${result.baseline_load_ms} ms)` +
        (scaleOut ? `; two instances over Redis: p50 ${scaleOut.p50_ms} / p99 ${scaleOut.p99_ms} ms, ${scaleOut.cpu_per_message_us} µs per update, lost ${scaleOut.lost_updates}` : ''),
    );
  }
  const last = results[results.length - 1]!;
  console.log(JSON.stringify({ benchmark: 'load', ...last, sizes: results }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
