import { describe, expect, it } from 'vitest';
import { renderSentence } from '@/lib/i18n/server-sentences';
import { translatorFor } from '@/test-support/i18n/message-catalogs';
import { describeHistoryEvent, historySentence } from './describe-history-event';
import { groupHistoryEntries } from './group-history-entries';
import type { HistoryEntry } from '@/lib/history/history-entry';

let nextId = 1;
const ana = { id: 'u-ana', name: 'Ana' };
const ben = { id: 'u-ben', name: 'Ben' };
const mexico = { id: 'd-mex', name: 'Mexico' };

function entry(at: string, action: string, details: Record<string, unknown>, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: nextId++,
    at: new Date(`2026-12-01T${at}:00Z`),
    action,
    summary: describeHistoryEvent(action, details),
    sentence: historySentence(action, details),
    user: ana,
    delegation: null,
    paragraph: null,
    proposalId: null,
    details,
    ...extra,
  };
}

/** Newest first, as the history lists them. */
const newestFirst = (entries: HistoryEntry[]) => [...entries].reverse();
const exportAt = (at: string, format = 'crp.docx', extra: Partial<HistoryEntry> = {}) =>
  entry(at, 'draft.export', { format, revisionId: null, attribution: true }, extra);

describe('groupHistoryEntries', () => {
  it('makes eight exports in a row one line, with the first and last time', () => {
    const times = ['10:02', '10:03', '10:04', '10:05', '10:06', '10:07', '10:08', '10:09'];
    const entries = newestFirst(times.map((at) => exportAt(at)));
    const groups = groupHistoryEntries(entries);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      action: 'draft.export',
      summary: 'Exported the CRP (Word) 8 times',
      count: 8,
      from: new Date('2026-12-01T10:02:00Z'),
      to: new Date('2026-12-01T10:09:00Z'),
      user: ana,
    });
    expect(groups[0]?.eventIds).toEqual(entries.map((e) => e.id));
  });

  it('tallies the documents when a run exported several kinds', () => {
    const groups = groupHistoryEntries(newestFirst([exportAt('10:00'), exportAt('10:01', 'crp.pdf'), exportAt('10:02')]));
    expect(groups.map((group) => group.summary)).toEqual(['Exported the draft 3 times: the CRP (Word) ×2, the CRP (PDF)']);
  });

  it('keeps different people, delegations, actions and distant times on separate lines', () => {
    const groups = groupHistoryEntries(
      newestFirst([
        exportAt('10:00'),
        exportAt('10:01', 'crp.docx', { user: ben }),
        exportAt('10:02', 'crp.docx', { user: ben }),
        entry('10:03', 'revision', { name: 'Rev.1' }),
        exportAt('10:04'),
        exportAt('13:00'),
      ]),
    );
    expect(groups.map((group) => [group.summary, group.user.name, group.count])).toEqual([
      ['Exported the CRP (Word)', 'Ana', 1],
      ['Exported the CRP (Word)', 'Ana', 1],
      ['Took revision Rev.1', 'Ana', 1],
      ['Exported the CRP (Word) twice', 'Ben', 2],
      ['Exported the CRP (Word)', 'Ana', 1],
    ]);
  });

  it('groups a delegation’s positions on one paragraph, not across paragraphs', () => {
    const p3 = { id: 'p3', label: '3' };
    const p4 = { id: 'p4', label: '4' };
    const groups = groupHistoryEntries(
      newestFirst([
        entry('10:00', 'setPosition', { position: 'support' }, { delegation: mexico, paragraph: p3 }),
        entry('10:01', 'setPosition', { position: 'support' }, { delegation: mexico, paragraph: p3 }),
        entry('10:02', 'setPosition', { position: 'oppose' }, { delegation: mexico, paragraph: p3 }),
        entry('10:03', 'setPosition', { position: 'support' }, { delegation: mexico, paragraph: p4 }),
      ]),
    );
    expect(groups.map((group) => [group.summary, group.paragraph?.label])).toEqual([
      ['Supported a proposal', '4'],
      ['Supported 2 proposals, opposed 1 proposal', '3'],
    ]);
  });

  it('follows the chair through the text as one line and names no single paragraph', () => {
    const focus = (at: string, label: string | null) =>
      entry(at, 'setFocus', { label }, label ? { paragraph: { id: `p${label}`, label } } : {});
    const groups = groupHistoryEntries(newestFirst([focus('10:00', '1'), focus('10:05', '2'), focus('10:09', '3'), focus('10:10', null)]));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.summary).toBe('Took the room through paragraphs 1, 2, 3, then cleared the focus');
    expect(groups[0]?.paragraph).toBeNull();
  });

  it('lists the first decisions of a run and counts the rest', () => {
    const p = { paragraph: { id: 'p1', label: '1' } };
    const words = ['a', 'b', 'c', 'd', 'e'];
    const groups = groupHistoryEntries(newestFirst(words.map((word, i) => entry(`10:0${i}`, 'acceptProposal', { kind: 'insert', inserted: word }, p))));
    expect(groups[0]?.summary).toBe('Accepted 5 proposals: to insert “a”; to insert “b”; to insert “c” and 2 more');
  });

  it('says which proposals were rejected and which fell with the alternative kept', () => {
    const p = { paragraph: { id: 'p1', label: '1' } };
    const groups = groupHistoryEntries(
      newestFirst([
        entry('10:00', 'rejectProposal', { kind: 'insert', inserted: 'pragmatic', fellWithAlternative: 'b' }, p),
        entry('10:00', 'rejectProposal', { kind: 'delete', deleted: 'all', fellWithAlternative: 'b' }, p),
      ]),
    );
    expect(groups.map((group) => group.summary)).toEqual(['2 proposals fell with the alternative kept: to insert “pragmatic”; to delete “all”']);
    const mixed = groupHistoryEntries(newestFirst([entry('10:00', 'rejectProposal', { kind: 'insert', inserted: 'x' }, p), entry('10:01', 'rejectProposal', { kind: 'insert', inserted: 'y', fellWith: 'z' }, p)]));
    expect(mixed.map((group) => group.summary)).toEqual(['Rejected 1 proposal: to insert “x” and 1 proposal fell with the alternative kept: to insert “y”']);
  });

  it('counts comments and replies, and repeated refusals with their reason', () => {
    const comments = groupHistoryEntries(newestFirst([entry('10:00', 'comment', { commentId: 'a' }), entry('10:01', 'comment', { commentId: 'b', replyTo: 'a' }), entry('10:02', 'comment', { commentId: 'c' })]));
    expect(comments.map((group) => group.summary)).toEqual(['Wrote 2 comments and 1 reply']);
    const refused = groupHistoryEntries(newestFirst([entry('10:00', 'update.refused', { reason: 'Paragraph 3 is agreed.' }), entry('10:00', 'update.refused', { reason: 'Paragraph 3 is agreed.' })]));
    expect(refused.map((group) => group.summary)).toEqual(['2 changes were refused: Paragraph 3 is agreed.']);
  });

  it('keeps events it cannot sum up in one sentence apart, and repeats identical ones with a count', () => {
    const revisions = groupHistoryEntries(newestFirst([entry('10:00', 'revision', { name: 'Rev.1' }), entry('10:01', 'revision', { name: 'Rev.2' })]));
    expect(revisions.map((group) => group.summary)).toEqual(['Took revision Rev.2', 'Took revision Rev.1']);
    const resets = groupHistoryEntries(newestFirst([entry('10:00', 'participant.password_reset', {}), entry('10:01', 'participant.password_reset', {})]));
    expect(resets.map((group) => group.summary)).toEqual(['Gave a participant a new initial password (twice)']);
  });
});

describe('a history line in the reader’s language', () => {
  it('words single events and grouped lines in French and Arabic, names and quoted words as they were', () => {
    const single = historySentence('setStatus', { from: 'open', to: 'agreed' });
    expect(renderSentence(translatorFor('fr'), single)).toBe('Statut : ouvert → adopté');
    const p = { paragraph: { id: 'p1', label: '1' } };
    const groups = groupHistoryEntries(newestFirst(['a', 'b'].map((word, i) => entry(`10:0${i}`, 'acceptProposal', { kind: 'insert', inserted: word }, p))));
    expect(groups[0]?.summary).toBe('Accepted 2 proposals: to insert “a”; to insert “b”');
    expect(renderSentence(translatorFor('fr'), groups[0]!.sentence)).toBe('A accepté 2 propositions : visant à insérer « a » ; visant à insérer « b »');
    const exports = groupHistoryEntries(newestFirst([exportAt('10:00'), exportAt('10:01')]));
    expect(renderSentence(translatorFor('ar'), exports[0]!.sentence)).toBe('صدّر ورقة غرفة الاجتماع (Word) مرتين');
  });
});
