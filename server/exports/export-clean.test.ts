import { describe, expect, it } from 'vitest';
import { EU, MEXICO, NAMES, draftDoc, inBrackets, plain } from '@/test-support/negotiation/build-runs';
import { exportCleanDocx } from './export-clean-docx';
import { exportCleanTxt } from './export-clean-txt';
import { readDocx } from '@/test-support/exports/read-docx';
import { modelFromDoc } from '@/test-support/exports/model-from-doc';

/** An agreed paragraph that still holds options and alternatives: agreed before agreement required none, or imported so. */
function draft() {
  return draftDoc([
    { id: 'pp1', label: 'PP1', kind: 'PP', status: 'agreed', runs: [plain('Recalling the Protocol against the Smuggling of Migrants,')] },
    {
      id: 'pp2',
      label: 'PP2',
      kind: 'PP',
      status: 'agreed',
      runs: [inBrackets('Recognizing', { id: 'a', spot: 'v', form: 'adjacent', delegation: EU }), inBrackets('Acknowledging', { id: 'b', spot: 'v', form: 'adjacent' }), plain(' the role of civil society,')],
    },
    {
      id: 'op1',
      label: '1',
      kind: 'OP',
      status: 'agreed',
      runs: [
        plain('The Working Group recommends that:'),
        inBrackets('States parties should designate national focal points.', { id: 'o1', spot: 's', form: 'option', option: 'Option 1', delegation: MEXICO }),
        inBrackets('No text.', { id: 'o2', spot: 's', form: 'option', option: 'Option 2', noText: true }),
      ],
    },
    { id: 'op2', label: '2', kind: 'OP', status: 'agreed_informals', runs: [inBrackets('Invites donors.', { id: 'c' })] },
  ]);
}

describe('clean text of agreed paragraphs that still hold brackets', () => {
  it('keeps brackets, alternatives and options (each on its own line) in the .txt, without attributions', () => {
    const txt = exportCleanTxt(modelFromDoc(draft(), NAMES)).toString('utf8');
    expect(txt).toContain('\nPP1 Recalling the Protocol against the Smuggling of Migrants,\n');
    expect(txt).toContain('\nPP2 [Recognizing][Acknowledging] the role of civil society,\n');
    expect(txt).toContain('\n1. The Working Group recommends that:\nOption 1: States parties should designate national focal points.\nOption 2: No text.\n');
    expect(txt).not.toContain('RecognizingAcknowledging');
    expect(txt).not.toContain('Invites donors');
    expect(txt).not.toMatch(/\((?:Mexico|European Union)\)/);
  });

  it('puts each option after a real line break in the .docx', async () => {
    const { paragraphs, documentXml } = await readDocx(await exportCleanDocx(modelFromDoc(draft(), NAMES)));
    expect(paragraphs).toContain('PP2\t[Recognizing][Acknowledging] the role of civil society,');
    expect(paragraphs).toContain('1.\tThe Working Group recommends that:\nOption 1: States parties should designate national focal points.\nOption 2: No text.');
    expect(documentXml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });
});
