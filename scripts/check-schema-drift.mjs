// Fails when server/db/schema.ts and the committed migrations in drizzle/ disagree, i.e. when
// `drizzle-kit generate` would write a new migration: a schema change without its SQL would never
// reach a database, because start-up only runs the committed migrations.
// drizzle-kit runs against a temporary copy of drizzle/, so nothing is left behind in the
// repository, and it needs no database (generate compares the schema with the last snapshot).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const committed = path.join(root, 'drizzle');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'concord-schema-drift-'));
const out = path.join(scratch, 'drizzle');

const sqlFiles = (dir) => readdirSync(dir).filter((name) => name.endsWith('.sql')).sort();

/** 0 when drizzle/ matches the schema; 1, with what to do, when it does not or cannot be told. */
function checkDrift() {
  cpSync(committed, out, { recursive: true });
  const before = new Set(sqlFiles(out));
  const drizzleKit = path.join(root, 'node_modules', '.bin', 'drizzle-kit');
  // drizzle-kit prefixes "./" to --out, so it runs inside the scratch folder with relative paths.
  const schema = path.relative(scratch, path.join(root, 'server', 'db', 'schema.ts'));
  const result = spawnSync(drizzleKit, ['generate', '--dialect', 'postgresql', '--schema', schema, '--out', 'drizzle', '--name', 'drift_check'], {
    cwd: scratch,
    encoding: 'utf8',
    // No stdin: a question (was a column renamed or dropped?) means a change that needs a
    // migration, and must not wait for an answer; the timeout ends it.
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const added = sqlFiles(out).filter((name) => !before.has(name));
  if (added.length > 0) {
    console.error('[schema] server/db/schema.ts has changes that no committed migration contains:\n');
    for (const name of added) console.error(readFileSync(path.join(out, name), 'utf8'));
    console.error('\nRun `npx drizzle-kit generate --name <what_changed>` and commit the new files in drizzle/.');
    return 1;
  }
  // drizzle-kit exits 0 even when it fails, so only its own "nothing to do" sentence counts as a pass.
  if (!output.includes('No schema changes')) {
    console.error('[schema] drizzle-kit generate did not finish, so server/db/schema.ts could not be compared with drizzle/:');
    console.error(result.error ? String(result.error) : output);
    console.error('If it asks whether a column or table was renamed, run `npx drizzle-kit generate --name <what_changed>` yourself and commit the result.');
    return 1;
  }
  console.log('[schema] drizzle/ matches server/db/schema.ts');
  return 0;
}

try {
  process.exitCode = checkDrift();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
