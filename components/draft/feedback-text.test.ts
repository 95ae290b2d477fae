import { describe, expect, it } from 'vitest';
import { doneSentence, lockedSentence } from './feedback-text';

describe('doneSentence', () => {
  it('says what the server did, in a few words', () => {
    expect(doneSentence({ type: 'acceptProposal' })).toBe('Accepted.');
    expect(doneSentence({ type: 'setStatus', status: 'agreed_ad_ref' })).toBe('Status set to Agreed ad referendum.');
    expect(doneSentence({ type: 'setPosition', position: 'support' })).toBe('Support recorded.');
    expect(doneSentence({ type: 'setPosition', position: null })).toBe('Position withdrawn.');
    expect(doneSentence({ type: 'somethingNew' })).toBe('Done.');
  });
});

describe('lockedSentence', () => {
  it('tells a delegate who can reopen the paragraph, and the chair how', () => {
    expect(lockedSentence('OP 3', 'agreed', 'delegate')).toBe('OP 3 is agreed; the chair can reopen it.');
    expect(lockedSentence('OP 3', 'deleted', 'chair')).toBe('OP 3 is deleted; reopen it to change the text.');
    expect(lockedSentence('PP 2', 'parked', 'delegate')).toBe('PP 2 is parked; the chair can reopen it for proposals.');
  });

  it('says nothing where the person may type, or never types', () => {
    expect(lockedSentence('OP 3', 'open', 'delegate')).toBeNull();
    expect(lockedSentence('OP 3', 'parked', 'chair')).toBeNull();
    expect(lockedSentence('OP 3', 'agreed', 'viewer')).toBeNull();
  });
});
