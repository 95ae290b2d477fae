import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { encodeJsonMessage, readJsonBody, refusedParagraphs } from './messages';
import { MESSAGE } from './protocol';

describe('Concord JSON messages', () => {
  it('round-trips a command through the wire format', () => {
    const bytes = encodeJsonMessage(MESSAGE.command, { id: 'c1', type: 'setStatus', status: 'agreed' });
    const decoder = decoding.createDecoder(bytes);
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE.command);
    expect(readJsonBody(decoder)).toEqual({ id: 'c1', type: 'setStatus', status: 'agreed' });
  });

  it('throws on a body that is not JSON', () => {
    const decoder = decoding.createDecoder(new Uint8Array([3, 97, 98, 99]));
    expect(() => readJsonBody(decoder)).toThrow();
  });

  it('reads the paragraphs a refusal names, from either field', () => {
    expect(refusedParagraphs({ reason: 'r', paragraphId: 'a', paragraphIds: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(refusedParagraphs({ reason: 'r', paragraphId: 'a' })).toEqual(['a']);
    expect(refusedParagraphs({ reason: 'r' })).toEqual([]);
  });
});
