import { describe, expect, it } from 'vitest';
import { describeZodError } from '@/server/http/parse-request';
import { englishOf } from '@/lib/i18n/server-sentences';
import { newRevisionInput } from './revision-input';

function refusalOf(input: unknown) {
  const parsed = newRevisionInput.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return describeZodError(parsed.error);
}

describe('a revision request', () => {
  it('is refused with sentences of the catalogue, whose English is what the server always said', () => {
    const long = refusalOf({ name: 'R'.repeat(41) });
    expect(long).toEqual({ key: 'server.revisions.nameTooLong', params: { max: 40 } });
    expect(englishOf(long)).toBe('The revision name is too long: at most 40 characters.');
    expect(refusalOf({ name: 'Rev.<1>' })).toEqual({ key: 'server.revisions.nameAngles', params: {} });
    const note = refusalOf({ name: 'Rev.1', note: 'n'.repeat(2_001) });
    expect(englishOf(note)).toBe('The note is too long: at most 2000 characters.');
  });

  it('names zod’s own problems by field, in English, as before', () => {
    expect(refusalOf({ name: 7 })).toEqual({ key: 'server.http.invalidField', params: { field: 'name', problem: 'The revision name must be text.' } });
  });

  it('takes a name and a note within their limits', () => {
    expect(newRevisionInput.parse({ name: '  Rev. 2 ', note: 'After the informals' })).toEqual({ name: 'Rev. 2', note: 'After the informals' });
  });
});
