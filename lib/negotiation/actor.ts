import type { Role } from './roles';

/**
 * Who is acting, as resolved by the server from the session and the membership table.
 * `delegationId` is the member's own delegation (null for secretariat, chair and viewers
 * without one). The secretariat may act on behalf of any delegation of the meeting; the chair
 * acts as CHAIR_DELEGATION.
 */
export interface Actor {
  userId: string;
  role: Role;
  delegationId: string | null;
}
