import { describe, expect, it } from 'vitest';
import { englishOf } from '@/lib/i18n/server-sentences';
import { parseIssueOptions, withCrpNumber } from './issue-options';

describe('parseIssueOptions', () => {
  it('reads a date and a number, and nothing when neither is given', () => {
    expect(parseIssueOptions({ date: '2022-06-30', number: '4' })).toEqual({ ok: true, value: { date: '2022-06-30', number: 4 } });
    expect(parseIssueOptions({ date: null, number: '' })).toEqual({ ok: true, value: {} });
  });

  it('refuses dates that are not on the calendar and numbers out of range, saying what to write', () => {
    for (const date of ['2022-02-30', '30/06/2022', '2022-6-3']) {
      const parsed = parseIssueOptions({ date });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(englishOf(parsed.error)).toContain('YYYY-MM-DD');
    }
    for (const number of ['0', '1000', '-2', '3a', '2.5']) expect(parseIssueOptions({ number }).ok).toBe(false);
  });
});

describe('withCrpNumber', () => {
  it('replaces the CRP number of the symbol, keeping a revision suffix', () => {
    expect(withCrpNumber('CTOC/COP/WG.4/2022/CRP.3', 5)).toBe('CTOC/COP/WG.4/2022/CRP.5');
    expect(withCrpNumber('CTOC/COP/WG.4/2022/CRP.3/Rev.1', 5)).toBe('CTOC/COP/WG.4/2022/CRP.5/Rev.1');
    expect(withCrpNumber('A/AC.1/L.2', 1)).toBe('A/AC.1/L.2/CRP.1');
  });
});
