import type { Locale } from '@/lib/i18n/locales';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(isoDate: string): { day: number; month: string; year: number } {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { day: day ?? 1, month: MONTHS[(month ?? 1) - 1] ?? '', year: year ?? 0 };
}

function utcNoon(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** UN style: "29 June 2022"; in another interface language, that language's long date. */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  if (locale !== 'en') return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcNoon(isoDate));
  const { day, month, year } = parts(isoDate);
  return `${day} ${month} ${year}`;
}

/**
 * UN style meeting dates: "29 and 30 June 2022", "29 June–2 July 2022", "30 December 2022–2 January 2023";
 * other languages get their own way of writing a range of days.
 */
export function formatMeetingDates(startsOn: string, endsOn: string, locale: Locale = 'en'): string {
  if (locale !== 'en') {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    if (startsOn === endsOn) return format.format(utcNoon(startsOn));
    // ICU's Chinese range falls back to numeric dates ("2022/6/29 – 2022/6/30"); write both dates in full instead.
    if (locale === 'zh') return `${format.format(utcNoon(startsOn))}至${format.format(utcNoon(endsOn))}`;
    return format.formatRange(utcNoon(startsOn), utcNoon(endsOn));
  }
  const a = parts(startsOn);
  const b = parts(endsOn);
  if (startsOn === endsOn) return formatDate(startsOn);
  if (a.year !== b.year) return `${formatDate(startsOn)}–${formatDate(endsOn)}`;
  if (a.month !== b.month) return `${a.day} ${a.month}–${b.day} ${b.month} ${b.year}`;
  const consecutive = b.day - a.day === 1;
  return `${a.day}${consecutive ? ' and ' : '–'}${b.day} ${b.month} ${b.year}`;
}

/** "Wednesday, 29 June" for the programme of work, in the interface language. */
export function formatProgrammeDay(isoDate: string, locale: Locale = 'en'): string {
  if (locale !== 'en') return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utcNoon(isoDate));
  const weekday = utcNoon(isoDate).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const { day, month } = parts(isoDate);
  return `${weekday}, ${day} ${month}`;
}
