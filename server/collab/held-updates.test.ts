import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollabConnection } from './connection';
import { HeldUpdates } from './held-updates';

const connection = {} as CollabConnection;
const other = {} as CollabConnection;

afterEach(() => {
  vi.useRealTimers();
});

describe('updates held for the changes they build on', () => {
  it('holds up to the byte bound, per connection, and gives them back oldest first', () => {
    const held = new HeldUpdates(() => undefined, { ms: 1_000, bytes: 10 });
    expect(held.hold(connection, new Uint8Array(4))).toBe(true);
    expect(held.hold(connection, new Uint8Array(6))).toBe(true);
    expect(held.hold(connection, new Uint8Array(1))).toBe(false);
    expect(held.hold(other, new Uint8Array(10))).toBe(true);
    const taken = held.take(connection);
    expect(taken.map((update) => update.byteLength)).toEqual([4, 6]);
    held.keep(connection, [taken[1] as Uint8Array]);
    expect(held.take(connection).map((update) => update.byteLength)).toEqual([6]);
    held.keep(connection, []);
    expect(held.has(connection)).toBe(false);
    held.clear();
  });

  it('calls back once the first held update has waited its time, and not after it was let through', () => {
    vi.useFakeTimers();
    const expired: CollabConnection[] = [];
    const held = new HeldUpdates((late) => expired.push(late), { ms: 2_000, bytes: 100 });
    held.hold(connection, new Uint8Array(1));
    held.hold(other, new Uint8Array(1));
    held.keep(other, held.take(other).slice(1));
    vi.advanceTimersByTime(1_999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual([connection]);
  });

});
