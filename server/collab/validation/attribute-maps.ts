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

/**
 * The marks as what they are, not where y-tiptap stored them: `bracket--#<id>`,
 * `insertion--#<proposal>`, `deletion--#<proposal>`, with unset (null) attributes dropped.
 * y-tiptap rewrites every mark of a paragraph it edits, storing marks of a type that may
 * overlap under hashed keys and writing each unset attribute as null; compared key by key, that
 * rewrite would read as brackets lifted and placed again and proposals withdrawn and remade.
 * Malformed marks keep their key, so the rules still see (and refuse) them.
 */
export function canonicalMarks(attributes: Attributes): Attributes {
  const out: Attributes = new Map();
  for (const [key, value] of attributes) {
    const stripped = withoutNulls(value);
    out.set(identityKey(key, stripped), stripped);
  }
  return out;
}

function identityKey(key: string, value: unknown): string {
  if (typeof value !== 'object' || value === null) return key;
  const record = value as Record<string, unknown>;
  const cut = key.indexOf('--');
  const base = cut === -1 ? key : key.slice(0, cut);
  if (base === 'bracket') {
    if (typeof record.id === 'string' && record.id.length > 0) return `bracket--#${record.id}`;
    return typeof record.by === 'string' ? `bracket--#legacy:${record.by}` : key;
  }
  if ((base === 'insertion' || base === 'deletion') && typeof record.proposal === 'string') return `${base}--#${record.proposal}`;
  return key;
}

/** Mark attributes are compared, never changed: a value without unset attributes is returned as it is. */
function withoutNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  let unset = false;
  for (const key in record) {
    if (Object.prototype.hasOwnProperty.call(record, key) && (record[key] === null || record[key] === undefined)) unset = true;
  }
  if (!unset) return value;
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}
