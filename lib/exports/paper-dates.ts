import { formatDate as englishDate, formatMeetingDates as englishMeetingDates } from '@/lib/format/dates';
import type { UnLanguage } from './masthead-words';

/**
 * Dates as UN papers print them in each language, from the days alone (no locale data, so the
 * server's ICU build cannot change them): "29 and 30 June 2022", "29 et 30 juin 2022",
 * "29 y 30 de junio de 2022", "29 и 30 июня 2022 года", "2022年6月29日和30日",
 * "29 و30 حزيران/يونيه 2022" (Arabic papers name the month twice, Levantine and Egyptian, and
 * print Western digits).
 */

export interface PaperDates {
  formatDate: (isoDate: string) => string;
  formatMeetingDates: (startsOn: string, endsOn: string) => string;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

interface Style {
  /** One full date. */
  full: (d: Day) => string;
  /** Day (and month) without the year, as the first part of a range within one year. */
  dayMonth: (d: Day) => string;
  /** "29 and 30 June 2022": two days of one month. */
  pair: (a: Day, b: Day) => string;
  /** "27–30 June 2022": more days of one month. */
  span: (a: Day, b: Day) => string;
  /** "30 June–1 July 2022". */
  across: (a: Day, b: Day) => string;
  /** Across years: two full dates. */
  dash: string;
}

const read = (isoDate: string): Day => {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return { year, month, day };
};

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const AR_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];

const month = (names: readonly string[], d: Day) => names[d.month - 1] ?? '';
/** French writes the first of the month "1er". */
const frDay = (d: Day) => (d.day === 1 ? '1er' : String(d.day));

const STYLES: Partial<Record<UnLanguage, Style>> = {
  fr: {
    full: (d) => `${frDay(d)} ${month(FR_MONTHS, d)} ${d.year}`,
    dayMonth: (d) => `${frDay(d)} ${month(FR_MONTHS, d)}`,
    pair: (a, b) => `${frDay(a)} et ${b.day} ${month(FR_MONTHS, b)} ${b.year}`,
    span: (a, b) => `${frDay(a)}-${b.day} ${month(FR_MONTHS, b)} ${b.year}`,
    across: (a, b) => `${frDay(a)} ${month(FR_MONTHS, a)}-${frDay(b)} ${month(FR_MONTHS, b)} ${b.year}`,
    dash: '-',
  },
  es: {
    full: (d) => `${d.day} de ${month(ES_MONTHS, d)} de ${d.year}`,
    dayMonth: (d) => `${d.day} de ${month(ES_MONTHS, d)}`,
    pair: (a, b) => `${a.day} y ${b.day} de ${month(ES_MONTHS, b)} de ${b.year}`,
    span: (a, b) => `${a.day} a ${b.day} de ${month(ES_MONTHS, b)} de ${b.year}`,
    across: (a, b) => `${a.day} de ${month(ES_MONTHS, a)} a ${b.day} de ${month(ES_MONTHS, b)} de ${b.year}`,
    dash: ' a ',
  },
  ru: {
    full: (d) => `${d.day} ${month(RU_MONTHS, d)} ${d.year} года`,
    dayMonth: (d) => `${d.day} ${month(RU_MONTHS, d)}`,
    pair: (a, b) => `${a.day} и ${b.day} ${month(RU_MONTHS, b)} ${b.year} года`,
    span: (a, b) => `${a.day}–${b.day} ${month(RU_MONTHS, b)} ${b.year} года`,
    across: (a, b) => `${a.day} ${month(RU_MONTHS, a)} — ${b.day} ${month(RU_MONTHS, b)} ${b.year} года`,
    dash: ' — ',
  },
  zh: {
    full: (d) => `${d.year}年${d.month}月${d.day}日`,
    dayMonth: (d) => `${d.month}月${d.day}日`,
    pair: (a, b) => `${a.year}年${a.month}月${a.day}日和${b.day}日`,
    span: (a, b) => `${a.year}年${a.month}月${a.day}日至${b.day}日`,
    across: (a, b) => `${a.year}年${a.month}月${a.day}日至${b.month}月${b.day}日`,
    dash: '至',
  },
  ar: {
    full: (d) => `${d.day} ${month(AR_MONTHS, d)} ${d.year}`,
    dayMonth: (d) => `${d.day} ${month(AR_MONTHS, d)}`,
    pair: (a, b) => `${a.day} و${b.day} ${month(AR_MONTHS, b)} ${b.year}`,
    span: (a, b) => `${a.day}-${b.day} ${month(AR_MONTHS, b)} ${b.year}`,
    across: (a, b) => `${a.day} ${month(AR_MONTHS, a)} - ${b.day} ${month(AR_MONTHS, b)} ${b.year}`,
    dash: ' - ',
  },
};

export function paperDates(language: UnLanguage): PaperDates {
  const style = STYLES[language];
  if (!style) return { formatDate: englishDate, formatMeetingDates: englishMeetingDates };
  return {
    formatDate: (isoDate) => style.full(read(isoDate)),
    formatMeetingDates: (startsOn, endsOn) => {
      const a = read(startsOn);
      const b = read(endsOn);
      if (startsOn === endsOn) return style.full(a);
      if (a.year !== b.year) return `${style.full(a)}${style.dash}${style.full(b)}`;
      if (a.month !== b.month) return style.across(a, b);
      return b.day - a.day === 1 ? style.pair(a, b) : style.span(a, b);
    },
  };
}
