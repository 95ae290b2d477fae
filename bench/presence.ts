/**
 * Presence at rest: N idle participants in one draft, each sending its own awareness state on
 * joining and renewing it every 15 s as y-protocols does (bench/_idle-crowd.ts). Concord's
 * server (auth, stamping, filtering, durable database behind it) against a bare relay running
 * y-protocols awareness as y-websocket's reference server does, both measured in this run, each
 * server in a process of its own: its CPU time (as a fraction of one core), its resident memory,
 * and the payload bytes each way over all the clients' sockets. The clients send only their own
 * state in both cases, as Concord's browser does; plain y-websocket clients would also send back
 * every state they hear, which costs the bare relay about twice as much again.
 *
 *   npm run bench -- presence                    (200 and 1,000 clients)
 *   npm run bench -- presence -- --clients 500
 *   BENCH_WINDOW_S=32 (the measured window; covers two renewals of every client)
 */
import { draftRoom } from '@/lib/collab/protocol';
import { mintCollabToken } from '@/server/collab/collab-token';
import { TEST_AUTH_SECRET } from '@/test-support/collab/start-collab-test-server';
import type { Traffic } from './_bench-clients';
import { connectIdleCrowd } from './_idle-crowd';
import { startServerChild, type ServerChild } from './_server-child';
import { round } from './_stats';

const WINDOW_MS = Number(process.env.BENCH_WINDOW_S ?? 32) * 1000;
const SETTLE_MS = 5_000;
/** BENCH_PRESENCE_ECHO=1: clients send back every presence message they hear, as plain y-websocket (and Concord's browser before) did. */
const ECHO = process.env.BENCH_PRESENCE_ECHO === '1';
/** BENCH_BASELINE=0 skips the bare relay (for a quick before/after of Concord alone). */
const WITH_BASELINE = process.env.BENCH_BASELINE !== '0';

interface Measured {
  /** CPU time over wall time; above 1 the server used more than one core (or fell behind). */
  cpu_fraction: number;
  bytes_out_per_s: number;
  bytes_in_per_s: number;
  rss_mb: number;
}

function sizes(): number[] {
  const flag = process.argv.indexOf('--clients');
  const value = flag >= 0 ? Number(process.argv[flag + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? [value] : [200, 1000];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Idle clients for WINDOW_MS after SETTLE_MS: what the server spent, and what went over the sockets. */
async function measureIdle(server: ServerChild, crowd: { traffic: Traffic }, serverCounts = false): Promise<Measured> {
  await pause(SETTLE_MS);
  const before = await server.usage();
  const traffic = { ...crowd.traffic };
  const start = performance.now();
  await pause(WINDOW_MS);
  const after = await server.usage();
  const seconds = (performance.now() - start) / 1000;
  // Counted by the server where it counts (the relay, whose clients stop reading), else by the clients.
  // A saturated relay does not answer in time: its bytes are then unknown (NaN, null in the JSON).
  const answered = before.answered === true && after.answered === true;
  const out = !serverCounts ? crowd.traffic.received - traffic.received : answered ? after.bytesOut! - before.bytesOut! : NaN;
  const into = !serverCounts ? crowd.traffic.sent - traffic.sent : answered ? after.bytesIn! - before.bytesIn! : NaN;
  return {
    cpu_fraction: round((after.cpuMicros - before.cpuMicros) / 1e6 / seconds, 4),
    bytes_out_per_s: Math.round(out / seconds),
    bytes_in_per_s: Math.round(into / seconds),
    rss_mb: round(after.rss / 1024 / 1024, 1),
  };
}

async function measureSize(count: number): Promise<Record<string, number>> {
  const concord = await startServerChild('concord', { env: { BENCH_PARAGRAPHS: '60' } });
  const { meeting, draftId, state: draftState } = concord.ready;
  if (!meeting || !draftId || !draftState) throw new Error('the Concord server process did not describe its draft');
  const people = [meeting.people.frenchDelegate, meeting.people.mexicanDelegate, meeting.people.chair, meeting.people.secretariat];
  const tokens = people.map((person) => mintCollabToken(TEST_AUTH_SECRET, person.userId, 3600));
  const state = (index: number) => ({ user: { name: `Delegate ${index}`, color: '#1f77b4' }, cursor: null });
  const crowd = await connectIdleCrowd({
    roomUrl: `${concord.ready.url}/${draftRoom(draftId)}`,
    count,
    query: (index) => `token=${tokens[index % tokens.length]!}`,
    state,
    echo: ECHO,
  });
  const measured = await measureIdle(concord, crowd);
  crowd.close();
  await concord.stop();

  let baselineClients = 0;
  let baseline: Measured = { cpu_fraction: NaN, bytes_out_per_s: NaN, bytes_in_per_s: NaN, rss_mb: NaN };
  if (WITH_BASELINE) {
    const relay = await startServerChild('relay', { state: draftState });
    const baselineCrowd = await connectIdleCrowd({ roomUrl: `${relay.ready.url}/bench`, count, state, partial: true, stopReading: true });
    baselineClients = baselineCrowd.synced();
    baseline = await measureIdle(relay, baselineCrowd, true);
    baselineCrowd.close();
    await relay.stop();
  }

  return {
    clients: count,
    window_s: WINDOW_MS / 1000,
    cpu_fraction: measured.cpu_fraction,
    baseline_cpu_fraction: baseline.cpu_fraction,
    // Fewer than `clients` when the simulating process could not keep up with the relay.
    baseline_clients: baselineClients,
    bytes_per_s: Math.max(measured.bytes_out_per_s, measured.bytes_in_per_s),
    baseline_bytes_per_s: Math.max(baseline.bytes_out_per_s, baseline.bytes_in_per_s),
    bytes_out_per_s: measured.bytes_out_per_s,
    bytes_in_per_s: measured.bytes_in_per_s,
    baseline_bytes_out_per_s: baseline.bytes_out_per_s,
    baseline_bytes_in_per_s: baseline.bytes_in_per_s,
    rss_mb: measured.rss_mb,
    baseline_rss_mb: baseline.rss_mb,
  };
}

async function main(): Promise<void> {
  const results: Array<Record<string, number>> = [];
  for (const count of sizes()) {
    const result = await measureSize(count);
    results.push(result);
    console.log(
      `presence: ${count} idle clients: Concord ${round(result.cpu_fraction! * 100, 2)}% of a core, ${round(result.bytes_per_s! / 1024, 1)} KB/s, ${result.rss_mb} MB RSS ` +
        `vs bare y-protocols relay${result.baseline_clients === count ? '' : ` (${result.baseline_clients} clients connected)`} ${round(result.baseline_cpu_fraction! * 100, 2)}% of a core, ${round(result.baseline_bytes_per_s! / 1024, 1)} KB/s, ${result.baseline_rss_mb} MB RSS` +
        '',
    );
  }
  const last = results[results.length - 1]!;
  console.log(JSON.stringify({ benchmark: 'presence', echo: ECHO, ...last, sizes: results }));
}

// Exits when done: client sockets and timers would otherwise keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
