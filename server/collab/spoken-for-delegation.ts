import * as Y from 'yjs';
import type { Actor } from '@/lib/negotiation/actor';
import { can } from '@/lib/negotiation/policy';
import { isProposalMarkAttrs, markNameOfKey } from '@/lib/negotiation/marks';
import { MARKS } from '@/lib/negotiation/schema';

/**
 * The delegation an accepted update is stored under. A delegate's is its own; the secretariat,
 * operating the screen for the delegation that has the floor, writes proposals in that
 * delegation's name, so the log records that delegation (the validator has already checked that
 * the secretariat may speak for it). Clean edits keep the sender's own (null) delegation.
 */
export function spokenForDelegation(actor: Actor, update: Uint8Array): string | null {
  if (!can(actor, 'actOnBehalf')) return actor.delegationId;
  const named = new Set<string>();
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentFormat)) continue;
    const name = markNameOfKey(struct.content.key);
    if (name !== MARKS.insertion && name !== MARKS.deletion) continue;
    if (isProposalMarkAttrs(struct.content.value)) named.add(struct.content.value.delegation);
  }
  return named.size === 1 ? ([...named][0] ?? null) : actor.delegationId;
}
