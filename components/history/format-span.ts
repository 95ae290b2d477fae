import { formatMoment } from '@/components/comments/format-moment';

/**
 * When a line of the history happened, in UTC: one moment for one event (or a run within a
 * minute), "1 December 2026, 10:02–10:09 UTC" for a run within a day, both moments otherwise.
 */
export function formatSpan(from: Date, to: Date, locale = 'en'): string {
  const last = formatMoment(to, 'UTC', locale);
  if (minute(from) === minute(to)) return last;
  const first = formatMoment(from, 'UTC', locale);
  if (minute(from).slice(0, 10) === minute(to).slice(0, 10)) return `${first.replace(/ UTC$/, '')}–${minute(to).slice(11)} UTC`;
  return `${first} – ${last}`;
}

/** "2026-12-01T10:02" in UTC. */
const minute = (date: Date): string => date.toISOString().slice(0, 16);
