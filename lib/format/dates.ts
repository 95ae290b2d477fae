const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(isoDate: string): { day: number; month: string; year: number } {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { day: day ?? 1, month: MONTHS[(month ?? 1) - 1] ?? '', year: year ?? 0 };
}

/** UN style: "29 June 2022". */
export function formatDate(isoDate: string): string {
  const { day, month, year } = parts(isoDate);
  return `${day} ${month} ${year}`;
}

/** UN style meeting dates: "29 and 30 June 2022", "29 June–2 July 2022", "30 December 2022–2 January 2023". */
export function formatMeetingDates(startsOn: string, endsOn: string): string {
  const a = parts(startsOn);
  const b = parts(endsOn);
  if (startsOn === endsOn) return formatDate(startsOn);
  if (a.year !== b.year) return `${formatDate(startsOn)}–${formatDate(endsOn)}`;
  if (a.month !== b.month) return `${a.day} ${a.month}–${b.day} ${b.month} ${b.year}`;
  const consecutive = b.day - a.day === 1;
  return `${a.day}${consecutive ? ' and ' : '–'}${b.day} ${b.month} ${b.year}`;
}

/** "Wednesday, 29 June" for the programme of work. */
export function formatProgrammeDay(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const { day, month } = parts(isoDate);
  return `${weekday}, ${day} ${month}`;
}
