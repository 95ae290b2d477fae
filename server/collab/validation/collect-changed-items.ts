import * as Y from 'yjs';

/** The items one transaction added to or removed from each list (a text's characters and marks), by list. */
export type ChangedItems = ReadonlyMap<unknown, ReadonlySet<Y.Item>>;

export interface ChangedItemsSource {
  transaction: Y.Transaction;
  /** The clients whose clock the transaction advanced (read from its state vectors once, by the caller). */
  advanced: readonly number[];
}

// Bound once: in the CommonJS build every `Y.x` is a getter call, and these loops run per struct.
const { findIndexSS, Item } = Y;

/**
 * Found from the transaction's own record (the clocks it added, the ranges it deleted), so the
 * cost follows the size of the change, not the length or history of the texts it touched. An
 * item is "added" exactly when its clock is at or past the client's clock before the
 * transaction, and "removed" exactly when the transaction's delete set holds it: the same tests
 * a walk over the whole text applies item by item. Read in `afterTransaction`, before garbage
 * collection or merging changes any struct; nothing is split or otherwise touched here.
 */
export function collectChangedItems({ transaction, advanced }: ChangedItemsSource): ChangedItems {
  const changed = new Map<unknown, Set<Y.Item>>();
  const structsOf = transaction.doc.store.clients;
  for (const client of advanced) {
    const structs = structsOf.get(client);
    const from = transaction.beforeState.get(client) ?? 0;
    const to = transaction.afterState.get(client) ?? 0;
    if (to > from && structs !== undefined) noteStructs(changed, structs, from, to);
  }
  for (const [client, ranges] of transaction.deleteSet.clients) {
    const structs = structsOf.get(client);
    if (structs === undefined) continue;
    for (const range of ranges) noteStructs(changed, structs, range.clock, range.clock + range.len);
  }
  return changed;
}

/** Adds the list items among the structs with clocks from `from` up to `to` (exclusive). */
function noteStructs(changed: Map<unknown, Set<Y.Item>>, structs: (Y.Item | Y.GC)[], from: number, to: number): void {
  for (let index = findIndexSS(structs, from); index < structs.length; index++) {
    const struct = structs[index]!;
    if (struct.id.clock >= to) break;
    // Map entries (parentSub) are not list items; only list items have a place in a text.
    if (!(struct instanceof Item) || struct.parentSub !== null) continue;
    const items = changed.get(struct.parent);
    if (items) items.add(struct);
    else changed.set(struct.parent, new Set([struct]));
  }
}
