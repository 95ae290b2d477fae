/**
 * Codes of a database that cannot be reached or is not serving yet: refused or lost connections,
 * and PostgreSQL shutting down, restarting after a crash, or starting up (class 08 and 57P0x).
 */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
/** What node-postgres says, without a code, when the server went away under an open connection. */
const UNREACHABLE_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error/i;

/**
 * Whether `error` means "the database is not reachable right now" (answer 503 and try again)
 * rather than a fault in the request. Drizzle wraps the driver's error; the cause chain is read.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
