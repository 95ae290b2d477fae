import { describe, expect, it } from 'vitest';
import { describeHistoryEvent } from './describe-history-event';

describe('describeHistoryEvent', () => {
  it('says what a decision did, with the words concerned', () => {
    expect(describeHistoryEvent('acceptProposal', { kind: 'insert', inserted: 'hereby' })).toBe('Accepted the proposal to insert “hereby”');
    expect(describeHistoryEvent('rejectProposal', { kind: 'replace', deleted: 'shall', inserted: 'should' })).toBe(
      'Rejected the proposal to replace “shall” with “should”',
    );
  });

  it('describes status changes, positions, comments and revisions', () => {
    expect(describeHistoryEvent('setStatus', { from: 'open', to: 'agreed_ad_ref' })).toBe('Status open → agreed ad referendum');
    expect(describeHistoryEvent('setStatus', { from: 'agreed', to: 'open', reopened: true })).toBe('Reopened the paragraph (agreed → open)');
    expect(describeHistoryEvent('setPosition', { position: 'support' })).toBe('Supported a proposal');
    expect(describeHistoryEvent('comment', { commentId: 'c' })).toBe('Commented');
    expect(describeHistoryEvent('comment', { commentId: 'c', replyTo: 'b' })).toBe('Replied to a comment');
    expect(describeHistoryEvent('revision', { name: 'Rev.2' })).toBe('Took revision Rev.2');
  });

  it('falls back to the action name for events it does not know', () => {
    expect(describeHistoryEvent('membership.change', {})).toBe('membership.change');
  });
});
