// Builds the Next.js app when there is no build yet, or when a source file is newer than it,
// so that `npm start` and the end-to-end tests work on a fresh clone without a separate step.
// A lock directory keeps two test runs on one machine from building into .next at once.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';

const buildId = path.join('.next', 'BUILD_ID');
const lock = '.next-build.lock';
const sources = ['app', 'components', 'lib', 'server', 'messages', 'proxy.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const LOCK_WAIT_MS = 15 * 60_000;
const STALE_LOCK_MS = 20 * 60_000;

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function needsBuild() {
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  return builtAt === 0 || Math.max(...sources.map(newestMtime)) > builtAt;
}

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

if (needsBuild()) {
  acquireLock();
  try {
    if (needsBuild()) {
      console.log(existsSync(buildId) ? '[concord] sources changed; rebuilding…' : '[concord] building the web app (first start)…');
      execSync('npx next build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
