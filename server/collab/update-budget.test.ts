import { describe, expect, it } from 'vitest';
import type { CollabConnection } from './connection';
import { createUpdateBudget } from './update-budget';

describe('createUpdateBudget', () => {
  it('bounds the bytes of one connection over the last minute, and frees them a minute later', () => {
    let now = 0;
    const budget = createUpdateBudget(() => now, 1000);
    const one = {} as CollabConnection;
    const other = {} as CollabConnection;
    budget.spend(one, 600);
    now = 30_000;
    expect(budget.allows(one, 400)).toBe(true);
    budget.spend(one, 400);
    expect(budget.allows(one, 1)).toBe(false);
    expect(budget.allows(other, 1000)).toBe(true);
    now = 60_001;
    expect(budget.allows(one, 600)).toBe(true);
    expect(budget.allows(one, 601)).toBe(false);
  });
});
