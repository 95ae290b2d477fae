import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are committed and applied by server/db/migrate.ts at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './drizzle',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/concord' },
  strict: true,
  verbose: true,
});
