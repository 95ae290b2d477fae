import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * ws unmasks every client frame; with the native bufferutil that is a C loop instead of a
 * JavaScript one, which matters with a thousand connections renewing presence. ws loads it by
 * itself when it can be required (and WS_NO_BUFFER_UTIL is unset); a failed native build falls
 * back to bufferutil's JavaScript version silently, which this test would notice.
 */
describe('websocket masking', () => {
  it('uses the native bufferutil that ws loads from its own location', () => {
    expect(process.env.WS_NO_BUFFER_UTIL).toBeUndefined();
    const fromWs = createRequire(createRequire(import.meta.url).resolve('ws'));
    const bufferUtil = fromWs('bufferutil') as { mask: unknown; unmask: unknown };
    expect(String(bufferUtil.mask)).toContain('[native code]');
    expect(String(bufferUtil.unmask)).toContain('[native code]');
  });
});
