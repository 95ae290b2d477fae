import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/**
 * End-to-end tests run the real server (Next + collaboration server + PostgreSQL) with a fresh
 * data directory, so the demo meeting is seeded anew for every run. Never point this at a
 * shared database: DATABASE_URL is refused unless it is on localhost.
 */
const port = Number(process.env.E2E_PORT ?? 3100 + Math.floor(Math.random() * 800));
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'concord-e2e-'));
process.env.E2E_PORT = String(port);
process.env.E2E_DATA_DIR = dataDir;

if (process.env.DATABASE_URL && !/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(process.env.DATABASE_URL)) {
  throw new Error('Refusing to run end-to-end tests against a non-local DATABASE_URL.');
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const own = chromium.executablePath();
  if (own && existsSync(own)) return undefined;
  return '/usr/bin/chromium';
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npx tsx server/main.ts',
    url: `http://localhost:${port}/signin`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM lets the server stop its embedded PostgreSQL; the default SIGKILL would orphan it.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      NEXTAUTH_URL: `http://localhost:${port}`,
      AUTH_SECRET: 'e2e-secret-not-for-production-000000000000',
      COLLAB_IDLE_UNLOAD_MS: '2000',
    },
  },
});
