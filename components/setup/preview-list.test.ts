import { describe, expect, it } from 'vitest';
import { previewList } from './preview-list';
import type { DelegationRow } from './types';

const mexico: DelegationRow = { id: 'd-mex', name: 'Mexico', shortName: 'MEX', kind: 'state_party', retired: false, participants: 0, nameTranslations: {} };

describe('previewList', () => {
  it('shows delegations as they will be saved and flags those the meeting already has', () => {
    const preview = previewList('delegations', 'Peru,PER\nMéxico,mex,observer', [mexico]);
    expect(preview.rows).toEqual([
      { line: 1, cells: ['Peru', 'PER', 'State party'] },
      { line: 2, cells: ['México', 'mex', 'Observer'] },
    ]);
    expect(preview.errors).toEqual([{ line: 2, message: 'Mexico (MEX) is already a delegation of this meeting.' }]);
  });

  it('shows participants with their role and delegation by name', () => {
    const preview = previewList('participants', 'ana@x.example,Ana,,MEX\nbad,Bo', [mexico]);
    expect(preview.rows).toEqual([{ line: 1, cells: ['ana@x.example', 'Ana', 'Delegate', 'Mexico'] }]);
    expect(preview.errors).toMatchObject([{ line: 2, message: '“bad” is not an email address.' }]);
  });
});
