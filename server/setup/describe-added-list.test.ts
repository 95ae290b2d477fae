import { describe, expect, it } from 'vitest';
import { describeAddedList } from './describe-added-list';

describe('describeAddedList', () => {
  it('counts accounts and invitations and gives one line per person to hand over', () => {
    const outcome = describeAddedList(
      [
        { kind: 'account', userId: 'u1', email: 'ana@x.example', name: 'Ana', initialPassword: 'pw-1' },
        { kind: 'invitation', invitationId: 'i1', email: 'bo@x.example', name: 'Bo', invitationCode: 'CODE-1', expiresAt: new Date() },
      ],
      7,
    );
    expect(outcome.message).toMatch(/^1 participant was added with an initial password; 1 email already has a Concord account and was invited/);
    expect(outcome.message).toContain('within 7 days');
    expect(outcome.secret?.split('\n')).toEqual(['email\tname\tto give them', 'ana@x.example\tAna\tinitial password: pw-1', 'bo@x.example\tBo\tinvitation code: CODE-1']);
  });
});
