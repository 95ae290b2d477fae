import { describe, expect, it } from 'vitest';
import { isDatabaseUnreachable } from './is-database-unreachable';

describe('telling an unreachable database from a faulty request', () => {
  it('reads the driver error inside the wrapper the query builder puts around it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnreachable(refused)).toBe(true);
    expect(isDatabaseUnreachable(new Error('Failed query: select 1', { cause: refused }))).toBe(true);
    const startingUp = Object.assign(new Error('the database system is starting up'), { code: '57P03' });
    expect(isDatabaseUnreachable(new Error('Failed query', { cause: startingUp }))).toBe(true);
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves every other failure alone', () => {
    const violation = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(isDatabaseUnreachable(new Error('Failed query', { cause: violation }))).toBe(false);
    expect(isDatabaseUnreachable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});
