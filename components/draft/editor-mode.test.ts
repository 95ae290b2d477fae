import { describe, expect, it } from 'vitest';
import { editorSetup } from './editor-mode';

const base = { userId: 'u1', delegationId: 'd1', speakingFor: null, chairProposing: false } as const;

describe('editorSetup', () => {
  it('puts a delegate in proposal mode for their own delegation in an open paragraph', () => {
    expect(editorSetup({ ...base, role: 'delegate', status: 'open' })).toEqual({
      mode: 'proposal',
      proposalActor: { delegation: 'd1', author: 'u1' },
    });
  });
  it('locks an agreed paragraph for every role', () => {
    for (const role of ['delegate', 'chair', 'secretariat'] as const) {
      expect(editorSetup({ ...base, role, status: 'agreed' }).mode).toBe('readonly');
    }
  });
  it('lets a delegate only read a parked paragraph', () => {
    expect(editorSetup({ ...base, role: 'delegate', status: 'parked' }).mode).toBe('readonly');
  });
  it('lets the secretariat speak for a delegation', () => {
    expect(editorSetup({ ...base, role: 'secretariat', delegationId: null, status: 'open', speakingFor: 'eu' })).toEqual({
      mode: 'proposal',
      proposalActor: { delegation: 'eu', author: 'u1' },
    });
  });
  it('gives the chair clean editing, or compromise text as Chair', () => {
    expect(editorSetup({ ...base, role: 'chair', status: 'open' }).mode).toBe('clean');
    expect(editorSetup({ ...base, role: 'chair', status: 'open', chairProposing: true }).proposalActor?.delegation).toBe('CHAIR');
  });
  it('keeps observers and viewers read-only', () => {
    expect(editorSetup({ ...base, role: 'observer', status: 'open' }).mode).toBe('readonly');
    expect(editorSetup({ ...base, role: 'viewer', status: 'open' }).mode).toBe('readonly');
  });
});
