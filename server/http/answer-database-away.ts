import type { IncomingMessage, ServerResponse } from 'node:http';
import { englishOf, say } from '@/lib/i18n/server-sentences';

const SENTENCE = say('server.http.databaseRestarting', {});
const MESSAGE = englishOf(SENTENCE);

/**
 * Answers a request with 503 while the database is known to be away (the embedded PostgreSQL is
 * being restarted), instead of letting every page and route fail with a 500. The health check
 * answers for itself. Returns whether it answered.
 */
export function answerDatabaseAway({ req, res }: { req: IncomingMessage; res: ServerResponse }): boolean {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path === '/api/health') return false;
  const headers = { 'retry-after': '5', 'cache-control': 'no-store' };
  if (path.startsWith('/api/')) {
    res.writeHead(503, { ...headers, 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'unavailable', message: MESSAGE, key: SENTENCE.key, params: SENTENCE.params } }));
  } else {
    res.writeHead(503, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end(`${MESSAGE}\n`);
  }
  return true;
}
