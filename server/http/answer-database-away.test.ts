import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerDatabaseAway } from './answer-database-away';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!answerDatabaseAway({ req, res })) res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('answering while the database restarts', () => {
  it('answers 503 with a sentence: JSON for the API, text for pages; the health check answers itself', async () => {
    const api = await fetch(`${base}/api/meetings?x=1`);
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    const page = await fetch(`${base}/drafts/abc`);
    expect(page.status).toBe(503);
    expect(await page.text()).toMatch(/database is restarting/);
    expect((await fetch(`${base}/api/health`)).status).toBe(204);
  });
});
