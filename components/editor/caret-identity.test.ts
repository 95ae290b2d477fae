import { describe, expect, it } from 'vitest';
import { caretIdentity } from './caret-identity';
import { delegationColour } from './delegation-palette';
import type { DelegationLabel } from './delegation-label';

const labels = new Map<string, DelegationLabel>([
  ['mex', { name: 'Mexico', shortName: 'MEX', colorIndex: 1 }],
  ['zam', { name: 'Zambia', shortName: 'ZAM', colorIndex: 197 }],
]);
const lookup = (id: string) => labels.get(id);

describe('caretIdentity', () => {
  it('names the delegation next to the person and uses its palette colour, beyond the first twelve too', () => {
    expect(caretIdentity({ name: 'Ana Ruiz', color: '#000000', delegationId: 'mex' }, lookup)).toEqual({ label: 'Ana Ruiz · MEX', color: delegationColour(1) });
    const zambia = caretIdentity({ name: 'Bo Phiri', color: '#000000', delegationId: 'zam' }, lookup);
    expect(zambia).toEqual({ label: 'Bo Phiri · ZAM', color: delegationColour(197) });
    expect(zambia.color).not.toBe(delegationColour(197 % 12));
    expect(zambia.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('draws the chair in ink as Chair, and a person without a delegation in their own colour', () => {
    expect(caretIdentity({ name: 'Chair person', color: '#123456', delegationId: 'CHAIR' }, lookup)).toEqual({ label: 'Chair person · Chair', color: '#1b1b1b' });
    expect(caretIdentity({ name: 'Sec', color: '#123456', delegationId: null }, lookup)).toEqual({ label: 'Sec', color: '#123456' });
    expect(caretIdentity({ name: 'Who', color: '#123456', delegationId: 'gone' }, lookup)).toEqual({ label: 'Who', color: '#123456' });
  });

  it('never draws a colour that is not plain hex, nor an empty label', () => {
    expect(caretIdentity({ name: '', color: 'red;background:url(x)' }, lookup)).toEqual({ label: 'Someone', color: '#1b1b1b' });
  });
});
