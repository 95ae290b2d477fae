import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['{lib,server,components,bench,test-support}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration suites share one embedded PostgreSQL per file; keep file-level parallelism low on 2 cores.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
