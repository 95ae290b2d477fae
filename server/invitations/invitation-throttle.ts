import { LoginThrottle } from '@/server/auth/login-throttle';

/**
 * Wrong invitation codes are slowed down like wrong passwords, per account and per address, with
 * their own counts: a mistyped code must not hold up anyone's sign-in.
 */
const globalForThrottle = globalThis as unknown as { concordInvitationThrottle?: LoginThrottle };

export function getInvitationThrottle(): LoginThrottle {
  globalForThrottle.concordInvitationThrottle ??= new LoginThrottle();
  return globalForThrottle.concordInvitationThrottle;
}
