import { describe, expect, it } from 'vitest';
import { hashInvitationCode, newInvitationCode } from './invitation-code';

describe('invitation codes', () => {
  it('are four groups of four capitals or digits, different each time', () => {
    const { code } = newInvitationCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    expect(newInvitationCode().code).not.toBe(code);
  });

  it('match as typed with other case, spaces or without dashes, and not with one character changed', () => {
    const { code, codeHash } = newInvitationCode();
    expect(hashInvitationCode(` ${code.toLowerCase().replaceAll('-', ' ')} `)).toBe(codeHash);
    expect(hashInvitationCode(code.replaceAll('-', ''))).toBe(codeHash);
    const changed = `${code.startsWith('A') ? 'B' : 'A'}${code.slice(1)}`;
    expect(hashInvitationCode(changed)).not.toBe(codeHash);
  });
});
