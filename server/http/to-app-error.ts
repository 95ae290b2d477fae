import { ZodError } from 'zod';
import { isDatabaseUnreachable } from '@/server/db/is-database-unreachable';
import { AppError } from './app-error';
import { describeZodError } from './parse-request';
import { englishOf, say } from '@/lib/i18n/server-sentences';

const DATABASE_AWAY_SENTENCE = say('server.http.databaseAway', {});
const SERVER_FAULT_SENTENCE = say('server.http.serverFault', {});
export const DATABASE_AWAY = englishOf(DATABASE_AWAY_SENTENCE);
export const SERVER_FAULT = englishOf(SERVER_FAULT_SENTENCE);

/**
 * The one mapping from whatever a route handler or server action threw to what the person is
 * told: an AppError as it is; refused input (zod) as a 400 naming the field; a database that
 * does not answer (the driver's error, which drizzle wraps in `cause`) as a 503 to retry; anything
 * else as a 500, logged, whose details stay on the server.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError('bad_request', describeZodError(error));
  if (isDatabaseUnreachable(error)) {
    console.error('[concord] the database did not answer:', error instanceof Error ? error.message : error);
    return new AppError('unavailable', DATABASE_AWAY_SENTENCE);
  }
  console.error('[concord] request failed:', error);
  return new AppError('internal', SERVER_FAULT_SENTENCE);
}
