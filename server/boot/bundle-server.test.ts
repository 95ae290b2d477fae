import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * `npm start` runs the server from the bundle scripts/bundle-server.mjs makes: it must load and
 * run with plain Node, no TypeScript loader, finding its packages in node_modules.
 */
describe('bundleServer', () => {
  let folder: string;
  let dataDir: string;
  let outfile: string;

  beforeAll(async () => {
    // Inside the project, as .next/concord-server is: packages resolve from node_modules above it.
    const cache = path.join(ROOT, 'node_modules', '.cache', 'concord');
    await mkdir(cache, { recursive: true });
    folder = await mkdtemp(path.join(cache, 'test-bundle-'));
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-bundle-'));
    outfile = path.join(folder, 'main.cjs');
    await run(process.execPath, ['--input-type=module', '-e', `import('./scripts/bundle-server.mjs').then((m) => m.bundleServer({ outfile: ${JSON.stringify(outfile)} }))`], { cwd: ROOT });
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it('makes one JavaScript file of the server that plain Node runs up to its first database step', async () => {
    expect(JSON.parse(await readFile(`${outfile}.map`, 'utf8')).sources).toContain('../../../../server/main.ts');
    // Node finds the source map through the bundle's last line: it must name the map beside it.
    expect((await readFile(outfile, 'utf8')).trimEnd().split('\n').at(-1)).toBe('//# sourceMappingURL=main.cjs.map');
    expect(await readdir(folder)).toEqual(['main.cjs', 'main.cjs.map']);

    // A database that refuses connections: the server gets as far as migrating, then stops.
    const failure = await run(process.execPath, [outfile], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none', PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production' },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/\[concord\] fatal: could not start/);
    expect(failure?.stderr).toMatch(/ECONNREFUSED/);
    expect(failure?.stderr).not.toMatch(/Cannot find module/);
  });

  /** The packages the bundle has loaded when `moment` (JavaScript run after requiring it) comes. */
  async function packagesLoaded(moment: string, env: Record<string, string>): Promise<Set<string>> {
    const script = `const list = () => process.stdout.write(JSON.stringify(Object.keys(require.cache))); require(${JSON.stringify(outfile)}); ${moment}`;
    const { stdout } = await run(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
    }).catch((error: { stdout: string }) => error);
    return new Set(
      (JSON.parse(stdout) as string[])
        .filter((file) => file.includes('/node_modules/'))
        .map((file) => {
          const [scope = '', name = ''] = file.split('/node_modules/').at(-1)!.split('/');
          return scope.startsWith('@') ? `${scope}/${name}` : scope;
        }),
    );
  }

  it('loads, before the database starts, only the packages that start needs: the rest loads while it runs', async () => {
    // Once the bundle's first (synchronous) run is over, which is when the embedded PostgreSQL's start begins.
    const packages = await packagesLoaded('list(); process.exit(0);', { DATABASE_URL: '' });
    expect(packages).toContain('pg');
    for (const later of ['next', 'next-auth', 'yjs', 'zod', 'ioredis', 'ws', 'use-intl']) expect(packages).not.toContain(later);
  });

  it('loads the Redis client only when there is a Redis to connect to', async () => {
    // A database that refuses connections: by the time the start gives up (migrating), the
    // server's code past the database's start is loaded.
    const packages = await packagesLoaded("process.once('exit', list);", { DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none', REDIS_URL: '' });
    expect(packages).toContain('yjs');
    expect(packages).not.toContain('ioredis');
  });
});
