import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInThrottle } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { databaseLoginThrottle } from './database-login-throttle';

let database: TestDatabase;

beforeAll(async () => {
  database = await startTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

beforeEach(async () => {
  await database.db.delete(signInThrottle);
});

describe('the sign-in throttle kept in PostgreSQL', () => {
  it('counts failures begun on one instance against attempts on another', async () => {
    const one = databaseLoginThrottle(database.db, () => 1_000);
    const two = databaseLoginThrottle(database.db, () => 1_000);
    for (let attempt = 0; attempt < 5; attempt++) expect(await one.begin(['address:a', 'account:x'])).toBe(0);
    expect(await two.begin(['address:b', 'account:x'])).toBeGreaterThan(0);
    expect(await two.begin(['address:b', 'account:y'])).toBe(0);
  });

  it('lets exactly the free attempts through when two instances are guessed at concurrently', async () => {
    const instances = [databaseLoginThrottle(database.db, () => 5_000), databaseLoginThrottle(database.db, () => 5_000)];
    const waits = await Promise.all(Array.from({ length: 30 }, (_, index) => instances[index % 2]!.begin(['account:z'])));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
  });

  it('forgets the keys of a sign-in that succeeded, on every instance', async () => {
    const one = databaseLoginThrottle(database.db, () => 9_000);
    for (let attempt = 0; attempt < 5; attempt++) await one.begin(['address:c']);
    expect(await one.begin(['address:c'])).toBeGreaterThan(0);
    await databaseLoginThrottle(database.db, () => 9_000).succeed(['address:c']);
    expect(await one.begin(['address:c'])).toBe(0);
  });

  it('drops entries nobody needs any more', async () => {
    let now = 0;
    const throttle = databaseLoginThrottle(database.db, () => now);
    await throttle.begin(['address:old']);
    now = 60 * 60_000;
    await throttle.begin(['address:new']);
    const keys = (await database.db.select().from(signInThrottle)).map((row) => row.key);
    expect(keys).toEqual(['address:new']);
  });
});
