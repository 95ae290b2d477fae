/**
 * `npm start` to the first real answer, on fresh data: a new data folder each round, so every
 * round starts the embedded PostgreSQL from nothing, migrates and seeds the demo meeting. Timed
 * from the spawn of `npm start` until GET /api/health answers 200 with the database up; an
 * earlier answer of any other kind (a 503 while starting, say) does not count. The baseline,
 * measured in the same run: a bare Node process answering HTTP, the least any Node server needs
 * to start. The per-phase medians come from the server's banner ("started in … ms (phases)"):
 * the phases count from the server's own Node process start, so what precedes it (npm, its
 * shell) and the first health request are `before the server and first answer`.
 * Needs a Next.js build (`npm run build`); it does not build one itself.
 *
 *   npm run bench -- start          BENCH_ROUNDS=5 for more rounds (default 3)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { percentile, round } from './_stats';
import { readStartupBanner, type StartupBanner } from './_startup-banner';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ANSWER_TIMEOUT_MS = 60_000;
const ROOT = path.join(__dirname, '..');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A real answer: 200, and for /api/health a body saying the database is up. */
type IsReal = (response: Response) => Promise<boolean>;

const healthy: IsReal = async (response) => {
  if (response.status !== 200) return false;
  const body = (await response.json().catch(() => null)) as { ok?: unknown; database?: unknown } | null;
  return body?.ok === true && body.database === 'up';
};
const anyOk: IsReal = async (response) => response.ok;

/** Resolves with the ms from `start` until the URL gives a real answer. */
async function firstAnswer(url: string, start: number, child: ChildProcess, isReal: IsReal): Promise<number> {
  const deadline = start + ANSWER_TIMEOUT_MS;
  let last = 'no answer';
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (await isReal(response)) return performance.now() - start;
      last = `status ${response.status}`;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no real answer from ${url} within ${ANSWER_TIMEOUT_MS} ms (last: ${last})`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The whole group: npm, its shell and the server.
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/**
 * npm exits on SIGTERM before the server has stopped its PostgreSQL (which runs in a process
 * group of its own): wait for its postmaster.pid to go, so that no PostgreSQL of this round
 * still writes into the folder being removed, or competes with the next round for the CPU.
 */
async function waitForPostgresToStop(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  const deadline = performance.now() + 30_000;
  while (existsSync(pidFile)) {
    if (performance.now() > deadline) throw new Error(`PostgreSQL in ${dataDir} did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function timeStart(
  command: string[],
  env: Record<string, string>,
  urlPath: string,
  isReal: IsReal,
): Promise<{ ms: number; banner: StartupBanner | null }> {
  const port = await freePort();
  const start = performance.now();
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const ms = await firstAnswer(`http://127.0.0.1:${port}${urlPath}`, start, child, isReal);
    return { ms, banner: readStartupBanner(output) };
  } finally {
    await stop(child);
  }
}

/** The median of each phase over the rounds, plus what the server's own clock cannot see. */
function phaseMedians(rounds: Array<{ ms: number; banner: StartupBanner | null }>): Record<string, number> {
  const byName = new Map<string, number[]>();
  const add = (name: string, ms: number) => byName.set(name, [...(byName.get(name) ?? []), ms]);
  for (const round of rounds) {
    if (!round.banner) continue;
    for (const phase of round.banner.phases) add(phase.name, phase.ms);
    add('before the server and first answer', round.ms - round.banner.startupMs);
  }
  return Object.fromEntries([...byName].map(([name, values]) => [name, round(percentile(values, 50))]));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('There is no Next.js build to start: run `npm run build` first, then this benchmark again.');
  }
  const rounds: Array<{ ms: number; banner: StartupBanner | null }> = [];
  const baseline: number[] = [];
  const bare = "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), process.env.HOST)";
  // Removed after the last round, not after each: on ext4 without a journal, creating a file
  // passes over every inode freed in the last minute or so, so a round's removal of the previous
  // round's thousand-odd files, just before its own copy makes as many beside them, would slow
  // that copy by most of a second and measure the benchmark rather than the start.
  const dataDirs: string[] = [];
  try {
    for (let index = 0; index < ROUNDS; index++) {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-bench-start-'));
      dataDirs.push(dataDir);
      try {
        // DATABASE_URL unset: the embedded PostgreSQL, as on a fresh install.
        rounds.push(await timeStart(['npm', 'start'], { DATA_DIR: dataDir, DATABASE_URL: '' }, '/api/health', healthy));
      } finally {
        await waitForPostgresToStop(dataDir);
      }
      baseline.push((await timeStart([process.execPath, '-e', bare], {}, '/', anyOk)).ms);
    }
  } finally {
    for (const dataDir of dataDirs) await rm(dataDir, { recursive: true, force: true });
  }
  const concord = rounds.map((entry) => entry.ms);
  const phases = phaseMedians(rounds);
  const result = {
    benchmark: 'start',
    rounds: ROUNDS,
    p50_ms: round(percentile(concord, 50)),
    max_ms: round(Math.max(...concord)),
    baseline_p50_ms: round(percentile(baseline, 50)),
    samples_ms: concord.map((value) => round(value)),
    phases_p50_ms: phases,
  };
  console.log(
    `start: npm start to the first healthy answer on fresh data, median ${result.p50_ms} ms (slowest ${result.max_ms} ms) vs a bare Node HTTP server ${result.baseline_p50_ms} ms, ${ROUNDS} rounds; phase medians: ${Object.entries(phases)
      .map(([name, ms]) => `${name} ${ms}`)
      .join(', ')}`,
  );
  console.log(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
