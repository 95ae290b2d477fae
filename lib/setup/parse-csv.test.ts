import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads commas, quotes with commas and doubled quotes, and numbers lines', () => {
    expect(parseCsv('name,short\n"Korea, Republic of",KOR\n\n"Say ""yes""", YES\n')).toEqual([
      { line: 1, cells: ['name', 'short'] },
      { line: 2, cells: ['Korea, Republic of', 'KOR'] },
      { line: 4, cells: ['Say "yes"', 'YES'] },
    ]);
  });

  it('reads semicolons and tabs as spreadsheets write them, and Windows line ends and a byte-order mark', () => {
    expect(parseCsv('\uFEFFMexico;MEX\r\nPeru;PER')).toEqual([
      { line: 1, cells: ['Mexico', 'MEX'] },
      { line: 2, cells: ['Peru', 'PER'] },
    ]);
    expect(parseCsv('Mexico\tMEX\nCôte d’Ivoire\tCIV')).toEqual([
      { line: 1, cells: ['Mexico', 'MEX'] },
      { line: 2, cells: ['Côte d’Ivoire', 'CIV'] },
    ]);
  });

  it('keeps a line break inside quotes and counts it for the lines after', () => {
    expect(parseCsv('"two\nlines",X\nnext,Y')).toEqual([
      { line: 1, cells: ['two\nlines', 'X'] },
      { line: 3, cells: ['next', 'Y'] },
    ]);
  });
});
