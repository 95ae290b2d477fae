import { createDb } from './client';
import { runMigrations } from './migrate';

/** `npm run db:migrate`: applies drizzle/ migrations to DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const handle = createDb(url, { max: 1 });
  try {
    await runMigrations(handle.db);
    console.log('migrations applied');
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
