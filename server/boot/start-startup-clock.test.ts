import { describe, expect, it } from 'vitest';
import { startStartupClock } from './start-startup-clock';

describe('startStartupClock', () => {
  it('counts the first phase from the process start and each later one from the previous mark', () => {
    const times = [400, 1_250, 1_300];
    const clock = startStartupClock({ firstPhase: 'node and imports', now: () => times.shift() ?? 1_300 });
    clock.mark('database');
    clock.mark('migrations');
    expect(clock.phases()).toEqual([
      { name: 'node and imports', ms: 400 },
      { name: 'database', ms: 850 },
      { name: 'migrations', ms: 50 },
    ]);
    expect(clock.describe()).toBe('node and imports 400, database 850, migrations 50');
    expect(clock.totalMs()).toBe(1_300);
  });
});
