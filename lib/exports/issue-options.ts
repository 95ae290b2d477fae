import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * What the secretariat chooses when it issues a CRP: the date printed under the symbol and the
 * CRP's number ("CRP.4"). Both are optional: the day of export and the draft's next free
 * number otherwise. Read from the export URL (`?date=2022-06-30&number=4`).
 */
export interface IssueOptions {
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  /** n of ".../CRP.n", 1 to 999. */
  number?: number;
}

/** `error` is a server sentence: the export route answers with it, worded in the reader's language by the page. */
export type IssueParse = { ok: true; value: IssueOptions } | { ok: false; error: ServerSentence };

export function parseIssueOptions(query: { date?: string | null; number?: string | null }): IssueParse {
  const value: IssueOptions = {};
  const date = query.date?.trim();
  if (date) {
    if (!isCalendarDate(date)) return { ok: false, error: say('server.exports.issueDate', { date }) };
    value.date = date;
  }
  const number = query.number?.trim();
  if (number) {
    if (!/^\d{1,3}$/.test(number) || Number(number) < 1) {
      return { ok: false, error: say('server.exports.issueNumber', { number }) };
    }
    value.number = Number(number);
  }
  return { ok: true, value };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The symbol with its CRP number replaced: "CTOC/COP/WG.4/2022/CRP.3" + 5 → ".../CRP.5"; a symbol without "CRP.n" gets one. */
export function withCrpNumber(symbol: string, number: number): string {
  return /CRP\.\d+/.test(symbol) ? symbol.replace(/CRP\.\d+/, `CRP.${number}`) : `${symbol}/CRP.${number}`;
}
