/**
 * "29 June 2022, 10:42" in the reader's time zone (client components), or in a given zone with
 * its name appended (server-rendered pages, whose process zone means nothing to the reader),
 * written the way the interface language writes dates.
 */
export function formatMoment(value: string | Date, timeZone?: string, locale = 'en'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const text = date.toLocaleString(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
  return timeZone ? `${text} ${timeZone}` : text;
}
