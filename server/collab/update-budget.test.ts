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

  it('keeps the right total over many minutes of steady typing', () => {
    let now = 0;
    const budget = createUpdateBudget(() => now, 10_000);
    const typist = {} as CollabConnection;
    // Three keystrokes a second of 40 bytes for ten minutes: 7,200 bytes in any minute.
    for (let second = 0; second < 600; second++) {
      for (let stroke = 0; stroke < 3; stroke++) {
        now = second * 1000 + stroke * 300;
        expect(budget.allows(typist, 40)).toBe(true);
        budget.spend(typist, 40);
      }
    }
    expect(budget.allows(typist, 10_000 - 7_200)).toBe(true);
    expect(budget.allows(typist, 10_000 - 7_200 + 1)).toBe(false);
  });
});
