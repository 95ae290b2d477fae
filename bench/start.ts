/**
 * `npm start` to the first answer, on fresh data: a new data folder each round, so every round
 * starts the embedded PostgreSQL from nothing, migrates and seeds the demo meeting. Timed from
 * the spawn of `npm start` until GET /api/health answers at all. The baseline, measured in the
 * same run: a bare Node process answering HTTP, the least any Node server needs to start.
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

/** Resolves with the ms from `start` until the URL gives any HTTP answer. */
async function firstAnswer(url: string, start: number, child: ChildProcess): Promise<number> {
  const deadline = start + ANSWER_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return performance.now() - start;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  throw new Error(`no answer from ${url} within ${ANSWER_TIMEOUT_MS} ms`);
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

async function timeStart(command: string[], env: Record<string, string>, urlPath: string): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    return await firstAnswer(`http://127.0.0.1:${port}${urlPath}`, start, child);
  } finally {
    await stop(child);
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('There is no Next.js build to start: run `npm run build` first, then this benchmark again.');
  }
  const concord: number[] = [];
  const baseline: number[] = [];
  const bare = "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), process.env.HOST)";
  for (let index = 0; index < ROUNDS; index++) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-bench-start-'));
    try {
      // DATABASE_URL unset: the embedded PostgreSQL, as on a fresh install.
      concord.push(await timeStart(['npm', 'start'], { DATA_DIR: dataDir, DATABASE_URL: '' }, '/api/health'));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    baseline.push(await timeStart([process.execPath, '-e', bare], {}, '/'));
  }
  const result = {
    benchmark: 'start',
    rounds: ROUNDS,
    p50_ms: round(percentile(concord, 50)),
    max_ms: round(Math.max(...concord)),
    baseline_p50_ms: round(percentile(baseline, 50)),
    samples_ms: concord.map((value) => round(value)),
  };
  console.log(
    `start: npm start to the first answer on fresh data, median ${result.p50_ms} ms (slowest ${result.max_ms} ms) vs a bare Node HTTP server ${result.baseline_p50_ms} ms, ${ROUNDS} rounds`,
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
