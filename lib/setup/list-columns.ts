import { englishOf, say, type ServerSentence, type WireSentence } from '../i18n/server-sentences';
import type { CsvRow } from './parse-csv';

/**
 * An error in a pasted list, naming the line as the officer sees it in their file: `message` in
 * English, `sentence` the same for the page to word in its reader's language.
 */
export interface ListError {
  line: number;
  message: string;
  sentence?: WireSentence;
}

export function listError(line: number, sentence: ServerSentence): ListError {
  return { line, message: englishOf(sentence), sentence };
}

/**
 * Which cell holds which field. A first row whose cells are all known column names is a header
 * and sets the order ("Short name, Name" works); without one, the documented order applies.
 */
export function readColumns<Field extends string>(
  rows: readonly CsvRow[],
  aliases: Record<Field, readonly string[]>,
  order: readonly Field[],
): { columns: Map<Field, number>; body: readonly CsvRow[] } {
  const first = rows[0];
  const fieldOf = (cell: string) =>
    (Object.keys(aliases) as Field[]).find((field) => aliases[field].includes(cell.toLowerCase().replace(/[\s_-]+/g, ' ').trim()));
  const named = first?.cells.map(fieldOf) ?? [];
  if (first && named.length > 0 && named.every((field) => field !== undefined)) {
    return { columns: new Map(named.map((field, index) => [field as Field, index])), body: rows.slice(1) };
  }
  return { columns: new Map(order.map((field, index) => [field, index])), body: rows };
}

export function cellOf<Field extends string>(row: CsvRow, columns: Map<Field, number>, field: Field): string {
  const index = columns.get(field);
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

/** Case-insensitive duplicates within the list: "line 7 repeats “Mexico” from line 3". */
export function findRepeats(values: ReadonlyArray<{ line: number; value: string }>, what: 'name' | 'shortName' | 'email'): ListError[] {
  const seen = new Map<string, number>();
  const errors: ListError[] = [];
  for (const { line, value } of values) {
    if (value === '') continue;
    const key = value.toLowerCase();
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, line);
    else errors.push(listError(line, say('server.setup.line.repeated', { what: say(`server.setup.field.${what}`, {}), value, earlier })));
  }
  return errors;
}
