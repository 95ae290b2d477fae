import { startDatabase } from '../start-database';

/**
 * Test fixture: starts the embedded database on argv[2], prints its URL, then waits to be killed.
 * start-database.test.ts SIGKILLs this process to leave an orphaned postgres behind, as a crash would.
 */
async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: start-and-hang.fixture.ts <dataDir>');
  const database = await startDatabase({ dataDir, ephemeral: true, log: () => undefined });
  process.stdout.write(`${JSON.stringify({ url: database.url })}\n`);
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
