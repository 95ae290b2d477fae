import { describe, expect, it } from 'vitest';
import { nextAnnouncement } from './announcement';

describe('nextAnnouncement', () => {
  it('says the highest message that changed, and nothing when nothing did', () => {
    expect(nextAnnouncement([null, null, 'Live'], ['Accepted.', null, 'Live'], true)).toBe('Accepted.');
    expect(nextAnnouncement(['Accepted.', null, 'Live'], ['Accepted.', 'The chair is on OP 5.', 'Live'], false)).toBe('The chair is on OP 5.');
    expect(nextAnnouncement(['Accepted.', null, 'Live'], ['Accepted.', null, 'Reconnecting…'], false)).toBe('Reconnecting…');
    expect(nextAnnouncement(['Accepted.', null, 'Live'], ['Accepted.', null, 'Live'], false)).toBeNull();
  });

  it('says the same answer again when it was given again', () => {
    expect(nextAnnouncement(['Accepted.'], ['Accepted.'], true)).toBe('Accepted.');
  });

  it('does not speak of a message that went away', () => {
    expect(nextAnnouncement(['Accepted.', 'The chair is on OP 5.'], [null, null], false)).toBeNull();
  });
});
