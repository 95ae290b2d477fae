/**
 * "29 June 2022, 10:42" in the reader's time zone (client components), or in a given zone with
 * its name appended (server-rendered pages, whose process zone means nothing to the reader).
 */
export function formatMoment(value: string | Date, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const text = date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
  return timeZone ? `${text} ${timeZone}` : text;
}
