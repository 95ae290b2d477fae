import { describe, expect, it } from 'vitest';
import { parseCommand } from './schema';

describe('parseCommand', () => {
  it('accepts every command kind and keeps the client id', () => {
    const commands = [
      { type: 'acceptProposal', paragraphId: 'p', proposalId: 'x', id: 'c1' },
      { type: 'rejectProposal', paragraphId: 'p', proposalId: 'x' },
      { type: 'acceptAll', paragraphId: 'p' },
      { type: 'rejectAll', paragraphId: 'p' },
      { type: 'withdrawProposal', paragraphId: 'p', proposalId: 'x' },
      { type: 'setPosition', proposalId: 'x', position: 'support', onBehalfOf: 'd' },
      { type: 'setPosition', proposalId: 'x', position: null },
      { type: 'setStatus', paragraphId: 'p', status: 'agreed_ad_ref' },
      { type: 'proposeParagraph', afterParagraphId: 'p', text: 'New text', kind: 'PP' },
      { type: 'proposeParagraphDeletion', paragraphId: 'p' },
      { type: 'moveParagraph', paragraphId: 'p', toIndex: 0 },
      { type: 'setLabel', paragraphId: 'p', label: '3 bis' },
      { type: 'renumber' },
      { type: 'setFocus', paragraphId: null },
    ];
    for (const command of commands) {
      const result = parseCommand(command);
      expect(result).toEqual({ ok: true, command });
    }
  });

  it('refuses unknown types and bad fields with a readable error', () => {
    expect(parseCommand({ type: 'deleteDraft' })).toMatchObject({ ok: false });
    const bad = parseCommand({ type: 'setStatus', paragraphId: 'p', status: 'closed' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Invalid command \(status\)/);
    expect(parseCommand({ type: 'moveParagraph', paragraphId: 'p', toIndex: -1 }).ok).toBe(false);
    expect(parseCommand({ type: 'setPosition', proposalId: 'x', position: 'abstain' }).ok).toBe(false);
    expect(parseCommand('renumber').ok).toBe(false);
    expect(parseCommand(null).ok).toBe(false);
  });

  it('drops unknown fields', () => {
    expect(parseCommand({ type: 'renumber', evil: true })).toEqual({ ok: true, command: { type: 'renumber' } });
  });
});
