import type * as Y from 'yjs';
import type { Actor } from '@/lib/negotiation/actor';

/**
 * The contract between the collaboration server and the update validator
 * (server/collab/validation/). The room calls `check` for every client update before anything
 * is stored, and `observeServerUpdate` for every update the server itself produced (commands),
 * so that the validator's standing shadow document stays in step with the room's document.
 */

/** The actor of a connection, plus the meeting's delegations it may act for. */
export type ValidatorActor = Actor & { knownDelegations: Set<string> };

export type CheckResult = { ok: true } | { ok: false; reason: string; paragraphId?: string };

export interface UpdateValidator {
  check(update: Uint8Array, actor: ValidatorActor): CheckResult;
  observeServerUpdate(update: Uint8Array): void;
  destroy(): void;
}

export type CreateValidator = (doc: Y.Doc) => UpdateValidator;
