// Builds the Next.js app when there is no build yet, when a source file is newer than it, or when
// package-lock.json says something else, so that `npm start` and the end-to-end tests work on a
// fresh clone without a separate step.
// A lock directory keeps two test runs on one machine from building into .next at once.
// Then the same for the custom server (server/main.ts and what it imports): bundled into one
// plain JavaScript file, which Node loads in half the time it takes through the TypeScript loader.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { buildIsStale, isOlderThanSources, newestSource, recordBuildInputs } from './build-freshness.mjs';
import { bundleServer } from './bundle-server.mjs';

export const SERVER_BUNDLE = path.join('.next', 'concord-server', 'main.cjs');

const buildId = path.join('.next', 'BUILD_ID');
const lock = '.next-build.lock';
const LOCK_WAIT_MS = 15 * 60_000;
const STALE_LOCK_MS = 20 * 60_000;

function acquireLock() {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another build holds ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
}

const newest = newestSource();
if (buildIsStale('.', newest)) {
  acquireLock();
  try {
    if (buildIsStale()) {
      console.log(existsSync(buildId) ? '[concord] sources changed; rebuilding…' : '[concord] building the web app (first start)…');
      execSync('npx next build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      recordBuildInputs();
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// After the Next.js build, which empties .next. Takes about a second, so no lock: concurrent
// starts each write their own file and the last rename wins, with the same content.
if (isOlderThanSources(SERVER_BUNDLE, newest)) bundleServer({ outfile: SERVER_BUNDLE });
