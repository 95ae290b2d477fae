import { describe, expect, it } from 'vitest';
import { suggestRevisionName } from './suggest-revision-name';

describe('suggestRevisionName', () => {
  it('starts at Rev.1 and goes one above the highest Rev.N, whatever else was named', () => {
    expect(suggestRevisionName([])).toBe('Rev.1');
    expect(suggestRevisionName(['Rev.1', 'Rev.2'])).toBe('Rev.3');
    expect(suggestRevisionName(['Rev.1', 'rev 4', 'Before lunch'])).toBe('Rev.5');
    expect(suggestRevisionName(['Rev.10', 'Rev.9'])).toBe('Rev.11');
  });
});
