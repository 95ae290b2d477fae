// Whether the web app's build in .next is older than what it is built from. Source files count
// by their time (a folder's time changes when a file in it is added or removed); package-lock.json
// counts by what it says, because `npm install` writes it back unchanged, and by its time alone
// every `npm install && npm start` after a build rebuilt the web app.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'server', 'messages', 'proxy.ts', 'next.config.js', 'tsconfig.json'];
const LOCK_RECORD = 'concord-package-lock.sha256';

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** The time of the newest source file or folder under `root`. */
export function newestSource(root = '.') {
  return Math.max(...SOURCES.map((source) => newestMtime(path.join(root, source))));
}

/** Whether `file` (a build output) is missing or older than `newest`. */
export function isOlderThanSources(file, newest) {
  const builtAt = existsSync(file) ? statSync(file).mtimeMs : 0;
  return builtAt === 0 || newest > builtAt;
}

function lockDigest(root) {
  const file = path.join(root, 'package-lock.json');
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none';
}

/** Whether the Next.js build under `root` must be made again. */
export function buildIsStale(root = '.', newest = newestSource(root)) {
  const record = path.join(root, '.next', LOCK_RECORD);
  const lockChanged = !existsSync(record) || readFileSync(record, 'utf8') !== lockDigest(root);
  return isOlderThanSources(path.join(root, '.next', 'BUILD_ID'), newest) || lockChanged;
}

/** Records what package-lock.json says, next to the build just made. */
export function recordBuildInputs(root = '.') {
  writeFileSync(path.join(root, '.next', LOCK_RECORD), lockDigest(root));
}
