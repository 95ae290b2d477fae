import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';
import { doneSentence, lockedSentence, type Say } from './feedback-text';

/** The page's `draft.feedback` translator, read from the catalog as next-intl reads it. */
function translator(locale: string): Say {
  const messages = JSON.parse(readFileSync(path.join(__dirname, '../../messages', `${locale}.json`), 'utf8')) as AbstractIntlMessages;
  const t = createTranslator({ locale, messages });
  // The catalogs are not typed, so the key is checked by the assertions below, not by the compiler.
  return (key, values) => t(`draft.feedback.${key}` as never, values as never);
}

const say = translator('en');
const statusName = (status: keyof typeof STATUS_LABELS) => STATUS_LABELS[status];

describe('doneSentence', () => {
  it('says what the server did, in a few words', () => {
    expect(doneSentence({ type: 'acceptProposal' }, say, statusName)).toBe('Accepted.');
    expect(doneSentence({ type: 'setStatus', status: 'agreed_ad_ref' }, say, statusName)).toBe('Status set to Agreed ad referendum.');
    expect(doneSentence({ type: 'setPosition', position: 'support' }, say, statusName)).toBe('Support recorded.');
    expect(doneSentence({ type: 'setPosition', position: null }, say, statusName)).toBe('Position withdrawn.');
    expect(doneSentence({ type: 'somethingNew' }, say, statusName)).toBe('Done.');
  });

  it('says it in the interface language', () => {
    expect(doneSentence({ type: 'acceptProposal' }, translator('fr'), statusName)).not.toBe('Accepted.');
    expect(doneSentence({ type: 'undoDecision' }, translator('ar'), statusName)).not.toMatch(/[A-Za-z]/);
  });
});

describe('lockedSentence', () => {
  it('tells a delegate who can reopen the paragraph, and the chair how', () => {
    expect(lockedSentence('OP 3', 'agreed', 'delegate', say, 'agreed')).toBe('OP 3 is agreed; the chair can reopen it.');
    expect(lockedSentence('OP 3', 'deleted', 'chair', say, 'deleted')).toBe('OP 3 is deleted; reopen it to change the text.');
    expect(lockedSentence('PP 2', 'parked', 'delegate', say, 'parked')).toBe('PP 2 is parked; the chair can reopen it for proposals.');
  });

  it('says nothing where the person may type, or never types', () => {
    expect(lockedSentence('OP 3', 'open', 'delegate', say, 'open')).toBeNull();
    expect(lockedSentence('OP 3', 'parked', 'chair', say, 'parked')).toBeNull();
    expect(lockedSentence('OP 3', 'agreed', 'viewer', say, 'agreed')).toBeNull();
  });
});
