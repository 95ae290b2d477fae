import type { DbExecutor } from '@/server/db/client';
import { databaseLoginThrottle } from '@/server/auth/database-login-throttle';
import type { SignInThrottle } from '@/server/auth/login-throttle';

/**
 * Wrong invitation codes are slowed down like wrong passwords, per account and per address, with
 * their own counts (keys start with `invitation:`): a mistyped code must not hold up anyone's
 * sign-in. Kept in PostgreSQL like the sign-in counts, so every instance sees them.
 */
const globalForThrottle = globalThis as unknown as { concordInvitationThrottle?: SignInThrottle };

export function getInvitationThrottle(db: DbExecutor): SignInThrottle {
  return globalForThrottle.concordInvitationThrottle ?? databaseLoginThrottle(db);
}

export function invitationThrottleKeys(address: string, userId: string): string[] {
  return [`invitation:address:${address}`, `invitation:account:${userId}`];
}
