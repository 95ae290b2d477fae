/**
 * A list pasted from a spreadsheet or read from a .csv file, as rows of cells with the line each
 * row starts on (so an error can name it). Commas, semicolons (a spreadsheet in a language
 * that writes decimal commas) or tabs (cells copied straight from a spreadsheet) separate the
 * cells; quotes work as spreadsheets write them ("Côte d'Ivoire", "Korea, Republic of",
 * "say ""yes"""). Blank lines are skipped.
 */

export interface CsvRow {
  /** 1-based line number in the text where the row starts. */
  line: number;
  cells: string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

export function parseCsv(text: string): CsvRow[] {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(clean);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells: cells.map((value) => value.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i];
    if (quoted) {
      if (char === '"' && clean[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  endRow();
  return rows;
}

/** The separator of the first non-blank line, outside quotes: tab, then semicolon, else comma. */
export function detectDelimiter(text: string): CsvDelimiter {
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = first.replace(/"(?:[^"]|"")*"/g, '');
  if (unquoted.includes('\t')) return '\t';
  if (unquoted.includes(';') && !unquoted.includes(',')) return ';';
  return ',';
}
