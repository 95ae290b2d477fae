import { describe, expect, it } from 'vitest';
import { formatDate, formatMeetingDates, formatProgrammeDay } from './dates';

describe('UN date style', () => {
  it('formats a single date', () => expect(formatDate('2022-06-29')).toBe('29 June 2022'));
  it('joins two consecutive days with "and"', () => expect(formatMeetingDates('2022-06-29', '2022-06-30')).toBe('29 and 30 June 2022'));
  it('uses a dash for longer ranges', () => expect(formatMeetingDates('2022-06-27', '2022-07-01')).toBe('27 June–1 July 2022'));
  it('names the weekday in the programme', () => expect(formatProgrammeDay('2022-06-29')).toBe('Wednesday, 29 June'));
});
