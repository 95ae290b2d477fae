import { describe, expect, it } from 'vitest';
import { formatDate, formatMeetingDates, formatProgrammeDay } from './dates';

describe('UN date style', () => {
  it('formats a single date', () => expect(formatDate('2022-06-29')).toBe('29 June 2022'));
  it('joins two consecutive days with "and"', () => expect(formatMeetingDates('2022-06-29', '2022-06-30')).toBe('29 and 30 June 2022'));
  it('uses a dash for longer ranges', () => expect(formatMeetingDates('2022-06-27', '2022-07-01')).toBe('27 June–1 July 2022'));
  it('names the weekday in the programme', () => expect(formatProgrammeDay('2022-06-29')).toBe('Wednesday, 29 June'));
});

describe('dates in the other interface languages', () => {
  it('writes French and Russian month names', () => {
    expect(formatDate('2022-06-29', 'fr')).toBe('29 juin 2022');
    expect(formatDate('2022-06-29', 'ru')).toMatch(/^29 июня 2022/);
  });
  it('writes a range of days in Spanish and Chinese', () => {
    expect(formatMeetingDates('2022-06-27', '2022-07-01', 'es')).toMatch(/27 de junio.*1 de julio de 2022/);
    expect(formatMeetingDates('2022-06-29', '2022-06-30', 'zh')).toMatch(/2022年6月29日/);
  });
  it('names the weekday in Arabic', () => expect(formatProgrammeDay('2022-06-29', 'ar')).toContain('الأربعاء'));
});
