import { describe, expect, it } from 'vitest';
import { formatMoment } from '@/components/comments/format-moment';
import { formatSpan } from './format-span';

const at = (iso: string) => new Date(iso);
// The separator between date and time depends on the ICU data of the runtime ("," or " at").
const day = '1 December 2026(,| at)';

describe('formatSpan', () => {
  it('gives one moment for one event, or for a run within one minute', () => {
    expect(formatSpan(at('2026-12-01T10:02:00Z'), at('2026-12-01T10:02:00Z'))).toBe(formatMoment(at('2026-12-01T10:02:00Z'), 'UTC'));
    expect(formatSpan(at('2026-12-01T10:02:05Z'), at('2026-12-01T10:02:50Z'))).toMatch(new RegExp(`^${day} 10:02 UTC$`));
  });

  it('gives a range of times within a day', () => {
    expect(formatSpan(at('2026-12-01T10:02:00Z'), at('2026-12-01T10:09:30Z'))).toMatch(new RegExp(`^${day} 10:02–10:09 UTC$`));
  });

  it('gives both moments across midnight', () => {
    expect(formatSpan(at('2026-12-01T23:50:00Z'), at('2026-12-02T00:10:00Z'))).toMatch(new RegExp(`^${day} 23:50 UTC – 2 December 2026(,| at) 00:10 UTC$`));
  });
});
