import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

interface BuildFreshness {
  buildIsStale(root?: string): boolean;
  recordBuildInputs(root?: string): void;
}

const MODULE = path.resolve(__dirname, '..', '..', 'scripts', 'build-freshness.mjs');
const LOCK = '{"name":"concord","lockfileVersion":3}\n';

/** What `npm start` and the journeys ask before they serve: must the web app be built again? */
describe('whether the build is stale', () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  /** A checkout with one source file and a build made after it: a second later, by the clock. */
  async function builtCheckout(freshness: BuildFreshness): Promise<{ root: string; touch(file: string, content?: string): Promise<void> }> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'concord-build-freshness-'));
    folders.push(root);
    const at = (seconds: number) => new Date(Date.now() - 3_600_000 + seconds * 1000);
    const write = async (file: string, content: string, seconds: number): Promise<void> => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content);
      await utimes(path.join(root, file), at(seconds), at(seconds));
      await utimes(path.dirname(path.join(root, file)), at(seconds), at(seconds));
    };
    await write('app/page.tsx', 'export default function Page() {}\n', 0);
    await write('package-lock.json', LOCK, 0);
    expect(freshness.buildIsStale(root)).toBe(true);
    await write('.next/BUILD_ID', 'build\n', 1);
    freshness.recordBuildInputs(root);
    let clock = 2;
    return { root, touch: (file, content) => write(file, content ?? LOCK, clock++) };
  }

  it('is not when npm install writes the same package-lock.json again', async () => {
    const freshness = (await import(MODULE)) as BuildFreshness;
    const { root, touch } = await builtCheckout(freshness);
    expect(freshness.buildIsStale(root)).toBe(false);
    await touch('package-lock.json');
    expect(freshness.buildIsStale(root)).toBe(false);
  });

  it('is when package-lock.json says something else, or a source changed', async () => {
    const freshness = (await import(MODULE)) as BuildFreshness;
    const changedLock = await builtCheckout(freshness);
    await changedLock.touch('package-lock.json', '{"name":"concord","lockfileVersion":3,"packages":{"node_modules/ws":{}}}\n');
    expect(freshness.buildIsStale(changedLock.root)).toBe(true);
    const changedSource = await builtCheckout(freshness);
    await changedSource.touch('app/page.tsx', 'export default function Page() { return null; }\n');
    expect(freshness.buildIsStale(changedSource.root)).toBe(true);
  });
});
