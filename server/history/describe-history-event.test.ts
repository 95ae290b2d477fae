import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishOf, say } from '@/lib/i18n/server-sentences';
import { DESCRIBED_ACTIONS, describeHistoryEvent, historySentence } from './describe-history-event';

/** Every `action: '…'` (and both sides of `action: x ? '…' : '…'`) in the application's own code; a type union is not an action. */
function recordedActions(): Set<string> {
  const found = new Set<string>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/\baction:\s*(?:[^'\n]*\?\s*)?'([a-zA-Z_.]+)'(?!\s*\|)(?:\s*:\s*'([a-zA-Z_.]+)')?/g)) {
          if (match[1]) found.add(match[1]);
          if (match[2]) found.add(match[2]);
        }
      }
    }
  };
  visit(join(process.cwd(), 'server'));
  visit(join(process.cwd(), 'lib/negotiation/commands'));
  for (const decision of ['acceptProposal', 'rejectProposal', 'withdrawProposal']) found.add(decision);
  return found;
}

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
    expect(describeHistoryEvent('undoDecision', { undid: 'acceptProposal', proposalIds: ['p1'] })).toBe('Undid accepting the proposal; the proposal is pending again');
    expect(describeHistoryEvent('undoDecision', { undid: 'renumber', proposalIds: [] })).toBe('Undid renumbering the paragraphs');
    expect(describeHistoryEvent('setPosition', { position: 'support' })).toBe('Supported a proposal');
    expect(describeHistoryEvent('comment', { commentId: 'c' })).toBe('Commented');
    expect(describeHistoryEvent('comment', { commentId: 'c', replyTo: 'b' })).toBe('Replied to a comment');
    expect(describeHistoryEvent('revision', { name: 'Rev.2' })).toBe('Took revision Rev.2');
  });

  it('describes brackets lifted and alternatives kept', () => {
    expect(describeHistoryEvent('liftBracket', { text: 'as appropriate' })).toBe('Lifted the brackets around “as appropriate”');
    expect(describeHistoryEvent('resolveSpot', { kept: { option: 'Option 2' } })).toBe('Kept Option 2; the other alternatives fell');
    expect(describeHistoryEvent('resolveSpot', { kept: { text: 'No text' }, deletedParagraph: true })).toBe('Kept “No text”: the paragraph is deleted');
  });

  it('says which document an export produced', () => {
    expect(describeHistoryEvent('draft.export', { format: 'crp.docx', revisionId: null, attribution: true })).toBe('Exported the CRP (Word)');
    expect(describeHistoryEvent('draft.export', { format: 'crp.pdf', revisionId: 'r1', attribution: false })).toBe(
      'Exported the CRP (PDF) of a revision, without delegation names',
    );
    expect(describeHistoryEvent('draft.export', { format: 'clean.txt', revisionId: null, attribution: true })).toBe('Exported the agreed text (plain text)');
    expect(describeHistoryEvent('draft.create', { source: 'draft.docx', kind: 'docx', paragraphs: 12 })).toBe('Created the draft from draft.docx (12 paragraphs)');
    expect(describeHistoryEvent('draft.create', { source: 'pasted text', kind: 'paste', paragraphs: 1 })).toBe('Created the draft from pasted text (1 paragraph)');
  });

  it('describes setup, membership, invitations and restores', () => {
    expect(describeHistoryEvent('participant.add', { email: 'ana@example.org', role: 'delegate', newAccount: true })).toBe(
      'Added ana@example.org as delegate, with a new account',
    );
    expect(describeHistoryEvent('participant.invite', { email: 'ana@example.org', role: 'observer' })).toBe('Invited ana@example.org as observer');
    expect(describeHistoryEvent('membership.change', { from: { role: 'delegate', delegationId: 'a' }, to: { role: 'chair', delegation: null } })).toBe(
      'Changed a participant’s role from delegate to chair',
    );
    expect(describeHistoryEvent('membership.change', { from: { role: 'delegate', delegationId: 'a' }, to: { role: 'delegate', delegation: 'b' } })).toBe(
      'Moved a participant to another delegation',
    );
    expect(describeHistoryEvent('delegation.update', { from: { name: 'Turkey', shortName: 'TUR' }, to: { name: 'Türkiye', shortName: 'TUR' } })).toBe(
      'Renamed Turkey (TUR) to Türkiye (TUR)',
    );
    expect(describeHistoryEvent('delegation.retire', { name: 'Mexico' })).toBe('Retired the delegation Mexico');
    expect(describeHistoryEvent('meeting.update', { changed: ['venue', 'endsOn'] })).toBe('Changed the meeting’s venue, last day');
    expect(describeHistoryEvent('meeting.restore', { exportedAt: '2026-11-30T10:00:00.000Z', newAccounts: 3 })).toBe(
      'Restored the meeting from a backup exported on 2026-11-30 (3 new accounts)',
    );
    expect(describeHistoryEvent('programme.add', { day: '2026-12-01', startsAt: '10:00' })).toBe('Added the 2026-12-01 10:00 slot to the programme of work');
  });

  it('has a sentence for every action the application records', () => {
    const recorded = recordedActions();
    expect(recorded.size).toBeGreaterThan(30);
    expect([...recorded].filter((action) => !DESCRIBED_ACTIONS.includes(action))).toEqual([]);
    for (const action of recorded) expect(describeHistoryEvent(action, {})).not.toBe(action);
  });

  it('falls back to the action name for events it does not know', () => {
    expect(describeHistoryEvent('something.new', {})).toBe('something.new');
  });
});

describe('a refused change', () => {
  it('gives the sentence the change was refused with, and the English an older event stored', () => {
    const refusal = say('server.refused.paragraphAgreed', { label: 'OP2' });
    expect(historySentence('update.refused', { reason: englishOf(refusal), ...refusal })).toEqual(say('server.history.refusedBecause', { reason: refusal }));
    expect(describeHistoryEvent('update.refused', { reason: englishOf(refusal), ...refusal })).toBe(`A change was refused: ${englishOf(refusal)}`);
    expect(describeHistoryEvent('update.refused', { reason: 'Paragraph 3 is agreed.' })).toBe('A change was refused: Paragraph 3 is agreed.');
  });
});
