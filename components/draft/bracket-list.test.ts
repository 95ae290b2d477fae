import { describe, expect, it } from 'vitest';
import { getParagraph } from '@/lib/negotiation/draft-doc';
import { draftDoc, inBrackets, plain } from '@/test-support/negotiation/build-runs';
import { listBrackets } from './bracket-list';

describe('listBrackets', () => {
  it('lists alternatives and options by spot, in text order, and lone brackets, nested ones included', () => {
    const doc = draftDoc([
      {
        id: 'p1',
        label: '1',
        kind: 'OP',
        runs: [
          inBrackets('Recognizing', { id: 'a1', spot: 's1', form: 'adjacent' }),
          inBrackets('Acknowledging', { id: 'a2', spot: 's1', form: 'adjacent' }),
          plain(' that '),
          inBrackets('States ', { id: 'outer' }),
          inBrackets('should', { id: 'outer' }, { id: 'inner' }),
          plain(':'),
          inBrackets('act.', { id: 'o1', spot: 's2', form: 'option', option: 'Option 1' }),
          inBrackets('No text.', { id: 'o2', spot: 's2', form: 'option', option: 'Option 2', noText: true }),
        ],
      },
    ]);
    expect(listBrackets(getParagraph(doc, 'p1')!)).toEqual({
      spots: [
        {
          spot: 's1',
          form: 'adjacent',
          members: [
            { bracketId: 'a1', label: 'alt 1', text: 'Recognizing' },
            { bracketId: 'a2', label: 'alt 2', text: 'Acknowledging' },
          ],
        },
        {
          spot: 's2',
          form: 'option',
          members: [
            { bracketId: 'o1', label: 'Option 1', text: 'act.' },
            { bracketId: 'o2', label: 'Option 2', text: 'No text' },
          ],
        },
      ],
      lone: [
        { bracketId: 'outer', text: 'States should' },
        { bracketId: 'inner', text: 'should' },
      ],
    });
  });
});
