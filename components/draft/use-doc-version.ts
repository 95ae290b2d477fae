'use client';

import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A number that changes whenever the document changes (any transaction, local or remote), so
 * components can re-derive their view. The editors themselves are bound to Yjs directly.
 */
const versions = new WeakMap<Y.Doc, number>();
const tracked = new WeakSet<Y.Doc>();

function track(doc: Y.Doc): void {
  if (tracked.has(doc)) return;
  tracked.add(doc);
  versions.set(doc, 0);
  doc.on('afterTransaction', () => versions.set(doc, (versions.get(doc) ?? 0) + 1));
}

export function useDocVersion(doc: Y.Doc | null): number {
  if (doc) track(doc);
  return useSyncExternalStore(
    (notify) => {
      if (!doc) return () => undefined;
      doc.on('afterTransaction', notify);
      return () => doc.off('afterTransaction', notify);
    },
    () => (doc ? (versions.get(doc) ?? 0) : 0),
    () => 0,
  );
}
