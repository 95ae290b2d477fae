// The custom server (server/main.ts and the code of ours it imports) as one plain JavaScript
// file, which Node loads in about half the time the TypeScript loader takes over server/*.ts.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Bundles server/main.ts into `outfile` (relative to the project: node_modules must be found
 * from there) with esbuild as tsx (a dependency) ships it: the compiler `npm run dev` runs the
 * same code with. Written beside, then renamed into place, so a start running at that moment
 * never loads half a file. The source map lets stack traces name server/*.ts and their lines.
 */
export function bundleServer({ outfile }) {
  const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = requireFromTsx('esbuild');
  // Built under its final file name in a folder of its own at the same depth, so that the
  // bundle's link to its source map (`//# sourceMappingURL=main.cjs.map`) and the map's paths
  // to server/*.ts are right once both files are moved into place.
  const partial = `${path.dirname(outfile)}.partial-${process.pid}`;
  const name = path.basename(outfile);
  try {
    esbuild.buildSync({
      entryPoints: ['server/main.ts'],
      outfile: path.join(partial, name),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Packages stay in node_modules, loaded as they are: the bundle holds only our own code.
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    mkdirSync(path.dirname(outfile), { recursive: true });
    renameSync(path.join(partial, `${name}.map`), `${outfile}.map`);
    renameSync(path.join(partial, name), outfile);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}
