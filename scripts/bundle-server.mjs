// The custom server (server/main.ts and the code of ours it imports) as one plain JavaScript
// file, which Node loads in about half the time the TypeScript loader takes over server/*.ts.
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Bundles server/main.ts into `outfile` (relative to the project: node_modules must be found
 * from there) with esbuild as tsx (a dependency) ships it: the compiler `npm run dev` runs the
 * same code with. Written beside, then renamed into place, so a start running at that moment
 * never loads half a file. The source map lets stack traces name server/*.ts and their lines.
 */
export function bundleServer({ outfile }) {
  const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = requireFromTsx('esbuild');
  const partial = `${outfile}.${process.pid}.partial.cjs`;
  try {
    esbuild.buildSync({
      entryPoints: ['server/main.ts'],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Packages stay in node_modules, loaded as they are: the bundle holds only our own code.
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    renameSync(`${partial}.map`, `${outfile}.map`);
    renameSync(partial, outfile);
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}.map`, { force: true });
  }
}
