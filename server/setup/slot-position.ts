/**
 * Slots are ordered within a day by their start time. Times are printed as the programme prints
 * them ("10 a.m.", "3 p.m.", "15:00"); this reads those forms as minutes since midnight so that
 * "3 p.m." sorts after "10 a.m.". Unreadable times go last, in the order they were added.
 */
export function slotPosition(startsAt: string): number {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|noon)?$/i.exec(startsAt.trim());
  if (!match) return 24 * 60;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const suffix = (match[3] ?? '').toLowerCase().replace(/[.\s]/g, '');
  if (suffix === 'pm' && hours < 12) hours += 12;
  if (suffix === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return 24 * 60;
  return hours * 60 + minutes;
}
