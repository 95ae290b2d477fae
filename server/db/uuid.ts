const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids reaching the database from URLs or room names are untrusted; PostgreSQL rejects non-UUIDs loudly. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
