import { describe, expect, it, vi } from 'vitest';
import { printBanner } from '@/server/print-banner';
import { startStartupClock } from '@/server/boot/start-startup-clock';
import { readStartupBanner } from './_startup-banner';

describe('readStartupBanner', () => {
  it('reads back the total and the phases the server banner prints', () => {
    const times = [400.2, 1_250.7, 1_300];
    const clock = startStartupClock({ firstPhase: 'node and imports', now: () => times.shift() ?? 1_300 });
    clock.mark('database');
    clock.mark('waiting for the web app');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    let printed = '';
    try {
      printBanner({ port: 3000, embedded: true, dataDir: '/tmp/x', seeded: true, demoSignIns: [], startupMs: clock.totalMs(), phases: clock.describe() });
    } finally {
      printed = log.mock.calls.map((call) => String(call[0])).join('\n');
      log.mockRestore();
    }
    expect(readStartupBanner(`[db] starting\n${printed}`)).toEqual({
      startupMs: 1_300,
      phases: [
        { name: 'node and imports', ms: 400 },
        { name: 'database', ms: 851 },
        { name: 'waiting for the web app', ms: 49 },
      ],
    });
  });

  it('is null for output without a banner', () => {
    expect(readStartupBanner('[db] initialising a new PostgreSQL cluster')).toBeNull();
  });
});
