/**
 * Formatting state while walking a Y.XmlText from left to right: mark key → mark attributes in
 * force at that point.
 */

export type Attributes = Map<string, unknown>;

export function sameAttributes(a: Attributes, b: Attributes): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (!b.has(key) || !sameValue(value, b.get(key))) return false;
  }
  return true;
}

/** Structural equality of JSON values, as mark attributes are stored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.prototype.hasOwnProperty.call(bRecord, key) && sameValue(aRecord[key], bRecord[key]));
}

/** Every key present on either side, each once. */
export function unionKeys(a: Attributes, b: Attributes): Set<string> {
  const keys = new Set(a.keys());
  for (const key of b.keys()) keys.add(key);
  return keys;
}
