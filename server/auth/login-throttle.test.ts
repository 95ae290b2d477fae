import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('lets the first failures through, then makes the address wait longer each time', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < 4; i++) throttle.recordFailure('10.0.0.1');
    expect(throttle.retryAfterMs('10.0.0.1')).toBe(0);
    throttle.recordFailure('10.0.0.1');
    const first = throttle.retryAfterMs('10.0.0.1');
    expect(first).toBeGreaterThan(0);
    now += first;
    throttle.recordFailure('10.0.0.1');
    expect(throttle.retryAfterMs('10.0.0.1')).toBeGreaterThan(first);
    expect(throttle.retryAfterMs('10.0.0.2')).toBe(0);
  });

  it('forgets an address after a successful sign-in', () => {
    const throttle = new LoginThrottle(() => 5);
    for (let i = 0; i < 6; i++) throttle.recordFailure('a');
    throttle.recordSuccess('a');
    expect(throttle.retryAfterMs('a')).toBe(0);
  });

  it('counts an attempt when it begins, against every key, so concurrent attempts cannot outrun it', () => {
    const throttle = new LoginThrottle(() => 1_000);
    const started = Array.from({ length: 40 }, () => throttle.begin(['address:a', 'account:x']));
    expect(started.filter((wait) => wait === 0)).toHaveLength(5);
    expect(throttle.begin(['address:b', 'account:x'])).toBeGreaterThan(0);
    expect(throttle.begin(['address:b', 'account:y'])).toBe(0);
  });
});
