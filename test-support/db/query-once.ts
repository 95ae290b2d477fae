import pg from 'pg';

/** One query on a connection of its own, closed after: for tests that start and stop database servers. */
export async function queryOnce(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
