import { describe, expect, it } from 'vitest';
import { PARAGRAPH_STATUSES } from './schema';
import {
  STATUS_COLOURS,
  STATUS_LABELS,
  delegatesMayPropose,
  isParagraphStatus,
  isReopening,
  isTextLocked,
} from './statuses';

describe('paragraph statuses', () => {
  it('names every status the way the room does', () => {
    expect(STATUS_LABELS).toEqual({
      open: 'Open',
      agreed_informals: 'Agreed in informals',
      agreed_ad_ref: 'Agreed ad referendum',
      agreed: 'Agreed',
      parked: 'Parked',
      deleted: 'Deleted',
    });
  });

  it('gives each status its colour token', () => {
    const tokens = Object.fromEntries(PARAGRAPH_STATUSES.map((s) => [s, STATUS_COLOURS[s].token]));
    expect(tokens).toEqual({
      open: 'white',
      agreed_informals: 'yellow',
      agreed_ad_ref: 'light-blue',
      agreed: 'green',
      parked: 'grey',
      deleted: 'red',
    });
  });

  it('locks the text of agreed and deleted paragraphs only', () => {
    expect(PARAGRAPH_STATUSES.filter(isTextLocked)).toEqual(['agreed', 'deleted']);
  });

  it('takes proposals only in open paragraphs', () => {
    expect(PARAGRAPH_STATUSES.filter(delegatesMayPropose)).toEqual(['open']);
  });

  it('calls setting a paragraph back to open a reopening', () => {
    expect(isReopening('agreed', 'open')).toBe(true);
    expect(isReopening('open', 'open')).toBe(false);
    expect(isReopening('open', 'parked')).toBe(false);
  });

  it('recognises status strings', () => {
    expect(isParagraphStatus('agreed_ad_ref')).toBe(true);
    expect(isParagraphStatus('closed')).toBe(false);
    expect(isParagraphStatus(3)).toBe(false);
  });
});
