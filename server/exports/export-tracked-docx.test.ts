import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { printedLabel } from '@/lib/exports/symbols';
import { applyCommand } from '@/lib/negotiation/commands/apply-command';
import { getParagraph, getParagraphRuns, getStatus, paragraphIds, type NewParagraph, type TextRun } from '@/lib/negotiation/draft-doc';
import { alternativeSets, listParagraphProposals } from '@/lib/negotiation/proposals';
import { renderParagraphText } from '@/lib/negotiation/render';
import { PARAGRAPH_KEYS } from '@/lib/negotiation/schema';
import { AT, CANADA, EU, MEXICO, NAMES, actors, del, draftDoc, inBrackets, ins, names, options, plain, withMarks } from '@/test-support/negotiation/build-runs';
import { exportTrackedDocx } from './export-tracked-docx';
import { decodeXml } from '@/test-support/exports/read-docx';
import { modelFromDoc } from '@/test-support/exports/model-from-doc';

const mark = (proposal: string, delegation: string) => ({ proposal, delegation, author: `u-${delegation}`, at: AT });
const alsoStruckBy = (run: TextRun, proposal: string, delegation: string) => withMarks(run, { [`deletion--${proposal}`]: mark(proposal, delegation) });
const outer = { id: 'b-outer', note: 'Canada, supported by Mexico; Japan: delete' };
const option = (id: string, label: string, extra: object = {}) => ({ id, spot: 's-opt', form: 'option' as const, option: label, ...extra });

/** Realistic negotiating text: sets, nested and adjacent brackets, slash alternatives, options, notes. */
function negotiation(): Y.Doc {
  const paragraphs: NewParagraph[] = [
    {
      id: 'op8',
      label: '8',
      kind: 'OP',
      runs: [
        plain('States parties '),
        alsoStruckBy(del('should', 'mex', MEXICO), 'can', CANADA),
        ins('shall', 'mex', MEXICO),
        ins('may', 'can', CANADA),
        plain(' '),
        inBrackets('provide training to ', outer),
        inBrackets('front-line', outer, { id: 'b-inner' }),
        inBrackets(' officers', outer),
        plain(' on early identification.'),
      ],
    },
    {
      id: 'op9',
      label: '9',
      kind: 'OP',
      runs: [
        plain('States parties '),
        alsoStruckBy(del('should', 'mex9', MEXICO), 'can9', CANADA),
        ins('shall', 'mex9', MEXICO),
        del(' consider', 'can9', CANADA),
        ins(' may', 'can9', CANADA),
        plain(' providing assistance through '),
        inBrackets('joint investigation teams', { id: 's1', spot: 's-means', form: 'slash' }),
        inBrackets('parallel investigations', { id: 's2', spot: 's-means', form: 'slash', delegation: EU }),
        plain('.'),
      ],
    },
    {
      id: 'pp3',
      label: 'PP3',
      kind: 'PP',
      runs: [
        inBrackets('Recognizing', { id: 'a1', spot: 's-verb', form: 'adjacent', delegation: EU }),
        inBrackets('Acknowledging', { id: 'a2', spot: 's-verb', form: 'adjacent', note: 'Egypt; Japan' }),
        plain(' the role of civil society'),
        ins(' and the private sector', 'eu-ps', EU),
        plain(','),
      ],
    },
    {
      id: 'op10',
      label: '10',
      kind: 'OP',
      runs: [
        plain('The Working Group recommends that:'),
        inBrackets('States parties should designate ', option('o1', 'Option 1', { delegation: MEXICO })),
        withMarks(ins('national ', 'eu-nat', EU), { bracket: { by: 'u-chair', ...option('o1', 'Option 1', { delegation: MEXICO }) } }),
        inBrackets('focal points.', option('o1', 'Option 1', { delegation: MEXICO })),
        inBrackets('No text.', option('o2', 'Option 2', { noText: true, note: 'Japan, supported by Canada' })),
      ],
    },
    {
      id: 'op11',
      label: '11',
      kind: 'OP',
      runs: [plain('Invites donors'), alsoStruckBy(ins(' urgently', 'eu-urg', EU), 'mex-urg', MEXICO), plain(' to support technical assistance.')],
    },
    {
      id: 'op11bis',
      label: '11 bis',
      kind: 'OP',
      runs: [ins('Requests the secretariat to report on progress.', 'new', CANADA)],
      proposedBy: CANADA,
      insertionProposal: mark('new', CANADA),
    },
    {
      id: 'op13',
      label: '13',
      kind: 'OP',
      runs: [
        inBrackets('States parties should ', { id: 'b13' }),
        withMarks(del('consider', 'can13', CANADA), { bracket: { by: 'u-chair', id: 'b13' } }),
        plain(' '),
        inBrackets('strengthening', { id: 'b13b', delegation: MEXICO }),
        withMarks(ins(' cooperation', 'eu13', EU), { bracket: { by: 'u-chair', id: 'b13b', delegation: MEXICO } }),
        plain('.'),
      ],
    },
    {
      id: 'op14',
      label: '14',
      kind: 'OP',
      runs: [
        plain('Noting that victims are compelled to commit offences '),
        withMarks(del('including drug-related offences', 'can14', CANADA), { bracket: { by: 'u-chair', id: 'b14', note: 'European Union; Egypt' } }),
        plain(' in the course of being trafficked,'),
      ],
    },
    {
      id: 'op15',
      label: '15',
      kind: 'OP',
      runs: [
        plain('The Working Group recommends that:'),
        inBrackets('States parties ', option('p1', 'Alt. 1', { delegation: EU })),
        withMarks(alsoStruckBy(del('should', 'mex15', MEXICO), 'can15', CANADA), { bracket: { by: 'u-chair', ...option('p1', 'Alt. 1', { delegation: EU }) } }),
        withMarks(ins('shall', 'mex15', MEXICO), { bracket: { by: 'u-chair', ...option('p1', 'Alt. 1', { delegation: EU }) } }),
        withMarks(ins('may', 'can15', CANADA), { bracket: { by: 'u-chair', ...option('p1', 'Alt. 1', { delegation: EU }) } }),
        inBrackets(' consider ', option('p1', 'Alt. 1', { delegation: EU })),
        inBrackets('establishing', option('p1', 'Alt. 1', { delegation: EU }), { id: 'p1-inner', note: 'Canada, supported by Mexico; Japan: delete' }),
        inBrackets(' national focal points.', option('p1', 'Alt. 1', { delegation: EU })),
        inBrackets('No text', option('p2', 'Alt. 2', { noText: true })),
      ],
    },
    {
      id: 'op16',
      label: '16',
      kind: 'OP',
      runs: [del('Encourages Member States to contribute to the trust fund.', 'can16', CANADA)],
    },
    {
      id: 'op17',
      label: '17',
      kind: 'OP',
      runs: [
        plain('through '),
        withMarks(del('joint investigation teams', 'can17', CANADA), { bracket: { by: 'u-chair', id: 'j1', spot: 's17', form: 'slash', delegation: MEXICO } }),
        inBrackets('parallel investigations', { id: 'j2', spot: 's17', form: 'slash', delegation: EU }),
        plain(' and '),
        inBrackets('mutual legal assistance', { id: 'k1', spot: 's17b', form: 'slash' }),
        withMarks(del('extradition', 'mex17', MEXICO), { bracket: { by: 'u-chair', id: 'k2', spot: 's17b', form: 'slash', note: 'Japan' } }),
        plain('.'),
      ],
    },
    {
      id: 'op18',
      label: '18',
      kind: 'OP',
      runs: [
        withMarks(del('Encourages donors to fund the programme.', 'mex18', MEXICO), { bracket: { by: 'u-chair', ...option('q1', 'Alt. 1', { spot: 's18', delegation: EU }) } }),
        inBrackets('Invites States to consider funding the programme.', option('q2', 'Alt. 2', { spot: 's18' })),
        inBrackets('No text.', option('q3', 'Alt. 3', { spot: 's18', noText: true })),
      ],
    },
    {
      id: 'op12',
      label: '12',
      kind: 'OP',
      runs: [plain('States parties are encouraged to share '), ins('good ', 'mex12', MEXICO), plain('practices.')],
    },
  ];
  const doc = draftDoc(paragraphs);
  getParagraph(doc, 'op12')?.set(PARAGRAPH_KEYS.deletionProposal, mark('del12', CANADA));
  return doc;
}

function copy(doc: Y.Doc): Y.Doc {
  const clone = new Y.Doc();
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
  return clone;
}

/** What the chair's commands leave: paragraph id -> rendered text, for the paragraphs still standing (not deleted, not emptied). */
function decided(doc: Y.Doc, decision: 'accept' | 'reject'): Map<string, string> {
  for (const id of paragraphIds(doc)) {
    if (decision === 'accept') {
      for (const members of alternativeSets(listParagraphProposals(doc, id)).values()) {
        const first = members[0];
        if (first) expect(applyCommand(doc, actors.chair, { type: 'acceptProposal', paragraphId: id, proposalId: first.id }, options()).ok).toBe(true);
      }
    }
    const all = applyCommand(doc, actors.chair, { type: decision === 'accept' ? 'acceptAll' : 'rejectAll', paragraphId: id }, options());
    expect(all.ok, JSON.stringify(all)).toBe(true);
  }
  const texts = new Map<string, string>();
  for (const id of paragraphIds(doc)) {
    const paragraph = getParagraph(doc, id);
    if (!paragraph || getStatus(paragraph) === 'deleted') continue;
    const text = renderParagraphText(getParagraphRuns(paragraph), { names });
    // A paragraph whose every word was struck: Word removes it with its label instead of keeping a number with nothing after it.
    if (text.trim() !== '') texts.set(id, text);
  }
  return texts;
}

const runText = (xml: string) =>
  [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : decodeXml(t[1] ?? ''))).join('');

/**
 * Word's "Accept all" (deletions go, insertions stay) or "Reject all" (insertions go, deletions
 * stay) on each body paragraph: label -> text after the label. A paragraph whose mark is
 * deleted (accept) or inserted (reject) goes, and must have nothing left in it.
 */
function wordDecides(documentXml: string, labels: Map<string, string>, decision: 'accept' | 'reject'): Map<string, string> {
  const texts = new Map<string, string>();
  const drop = decision === 'accept' ? 'del' : 'ins';
  for (const [xml] of documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const before = runText(xml);
    const id = [...labels.entries()].find(([, label]) => before.startsWith(`${label}\t`))?.[0];
    if (!id) continue;
    const kept = runText(xml.replace(new RegExp(`<w:${drop} [^>]*[^/]>[\\s\\S]*?</w:${drop}>`, 'g'), ''));
    const paragraphGoes = new RegExp(`<w:pPr>[\\s\\S]*<w:rPr>[\\s\\S]*<w:${drop} [^>]*/>[\\s\\S]*</w:pPr>`).test(xml);
    if (paragraphGoes) {
      expect(kept, `${labels.get(id)} goes but leaves text behind`).toBe('');
      continue;
    }
    const label = `${labels.get(id)}\t`;
    expect(kept.startsWith(label), `${label} lost its label`).toBe(true);
    expect(kept.slice(label.length).trim(), `${label} is left empty`).not.toBe('');
    texts.set(id, kept.slice(label.length));
  }
  return texts;
}

async function exported(doc: Y.Doc) {
  const model = modelFromDoc(doc, NAMES);
  const zip = await JSZip.loadAsync(await exportTrackedDocx(model));
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const labels = new Map(model.paragraphs.map((paragraph) => [paragraph.id, printedLabel(paragraph.label)]));
  return { documentXml, commentsXml, labels };
}

describe('exportTrackedDocx decided in Word', () => {
  it('"Accept all" gives what the chair gets accepting every proposal and the first alternative of each set', async () => {
    const doc = negotiation();
    const { documentXml, labels } = await exported(doc);
    const word = wordDecides(documentXml, labels, 'accept');
    const chair = decided(copy(doc), 'accept');
    expect(word).toEqual(chair);
    expect(chair.get('op8')).toBe('States parties shall [provide training to [front-line] officers] (Canada, supported by Mexico; Japan: delete) on early identification.');
    expect(chair.get('op10')).toBe('The Working Group recommends that:\nOption 1: States parties should designate national focal points. (Mexico)\nOption 2: No text. (Japan, supported by Canada)');
    expect(chair.has('op12')).toBe(false);
    expect(word.has('op16')).toBe(false);
    expect(chair.get('op15')).toBe(
      'The Working Group recommends that:\nAlt. 1: States parties shall consider [establishing] (Canada, supported by Mexico; Japan: delete) national focal points. (European Union)\nAlt. 2: No text',
    );
    expect(chair.get('op17')).toBe('through [parallel investigations (European Union)] and [mutual legal assistance].');
    expect(chair.get('op18')).toBe('Alt. 2: Invites States to consider funding the programme.\nAlt. 3: No text.');
    expect(chair.get('op13')).toBe('[States parties should] [strengthening cooperation] (Mexico).');
    expect(chair.get('op14')).toBe('Noting that victims are compelled to commit offences  in the course of being trafficked,');
  });

  it('"Reject all" gives what the chair gets rejecting every proposal', async () => {
    const doc = negotiation();
    const { documentXml, labels } = await exported(doc);
    const word = wordDecides(documentXml, labels, 'reject');
    const chair = decided(copy(doc), 'reject');
    expect(word).toEqual(chair);
    expect(chair.get('op9')).toBe('States parties should consider providing assistance through [joint investigation teams / parallel investigations (European Union)].');
    expect(chair.has('op11bis')).toBe(false);
    expect(word.get('op16')).toBe('Encourages Member States to contribute to the trust fund.');
  });

  it('names the proposing delegation on every change and makes the other alternatives comments by their delegation', async () => {
    const { documentXml, commentsXml } = await exported(negotiation());
    const authors = (tag: string) => [...documentXml.matchAll(new RegExp(`<w:${tag} [^>]*w:author="([^"]*)"[^>]*>(?:<w:r>[\\s\\S]*?<w:(?:t|delText)[^>]*>([^<]*)<)?`, 'g'))].map((m) => [m[1], m[2] ?? '']);
    expect(authors('ins')).toEqual(expect.arrayContaining([['Mexico', 'shall'], ['European Union', ' and the private sector'], ['European Union', 'national '], ['Canada', 'Requests the secretariat to report on progress.']]));
    expect(authors('del')).toEqual(expect.arrayContaining([['Mexico', 'should'], ['Canada', 'States parties are encouraged to share '], ['Mexico', ' urgently']]));
    expect(documentXml).not.toMatch(/<w:t[^>]*>may<\/w:t>/);
    expect(commentsXml).toMatch(/w:author="Canada"[^>]*>[\s\S]*?alt 2, Canada: may</);
    expect(commentsXml).toContain('alt 2, Canada: may (strikes “should consider”; alt 1 strikes “should”)');
    expect(documentXml).not.toMatch(/\[(?:replace|delete):|alt 1:/);
  });
});
