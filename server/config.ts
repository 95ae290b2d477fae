import { randomBytes } from 'node:crypto';

/**
 * Runtime configuration from the environment, with embedded defaults so that
 * `npm start` works on a fresh machine. See README "Configuration".
 */
export interface Config {
  port: number;
  host: string;
  /** Set: use this PostgreSQL. Unset: start the embedded one in DATA_DIR. */
  databaseUrl: string | undefined;
  dataDir: string;
  authSecret: string;
  /** Origins allowed to open the collaboration websocket. Empty means same-origin only. */
  allowedOrigins: string[];
  publicUrl: string;
  /** How long a draft stays in memory after its last connection closed. */
  collabIdleUnloadMs: number;
  /** Set: collaboration instances share drafts and presence over this Redis. Unset: one instance. */
  redisUrl: string | undefined;
  /** Accounts made instance administrators at start-up (CONCORD_ADMIN_EMAILS, comma-separated). */
  adminEmails: string[];
}

let cached: Config | undefined;

// The development secret is stable per data directory run only; production must set AUTH_SECRET.
const fallbackSecret = randomBytes(32).toString('hex');

export function getConfig(): Config {
  if (cached) return cached;
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '0.0.0.0';
  const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  cached = {
    port,
    host,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? 'data',
    authSecret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? fallbackSecret,
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    publicUrl,
    collabIdleUnloadMs: Number(process.env.COLLAB_IDLE_UNLOAD_MS ?? 60_000),
    redisUrl: process.env.REDIS_URL || undefined,
    adminEmails: (process.env.CONCORD_ADMIN_EMAILS ?? '')
      .split(',')
      .map((email) => email.trim())
      .filter(Boolean),
  };
  return cached;
}
