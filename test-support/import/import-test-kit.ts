import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isImportFailure, type ImportedBracket, type ImportedRun, type ImportResult, type ImportSuccess } from '@/lib/import/types';

/** Helpers for the import's unit tests (not used by production code). */

/** The delegations of the meeting the fixture drafts are imported into. */
export const MEETING_DELEGATIONS = [
  { id: 'd-egypt', name: 'Egypt' },
  { id: 'd-eu', name: 'European Union', shortName: 'EU' },
  { id: 'd-brazil', name: 'Brazil' },
  { id: 'd-canada', name: 'Canada' },
  { id: 'd-mexico', name: 'Mexico' },
  { id: 'd-japan', name: 'Japan' },
  { id: 'd-chile', name: 'Chile' },
  { id: 'd-argentina', name: 'Argentina' },
];

/** The English fixture's paragraphs as the room writes them: what import, document and renderer must all give back. */
export const ENGLISH_DRAFT_AS_WRITTEN: readonly string[] = [
  'Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime,',
  '[Recognizing][Acknowledging] that joint investigations are an effective tool to dismantle trafficking networks,',
  '[Concerned] (Egypt) [Deeply concerned] (European Union) that victims are often [prosecuted / punished] for offences committed as a direct result of having been trafficked,',
  'States parties [should][are encouraged to] establish joint investigation teams in accordance with their domestic law;',
  '[States parties should [consider] provide[ing] training to [judges, prosecutors and law enforcement officials] on the early identification of victims] (Canada, supported by Mexico; Japan: delete);',
  'States parties should [compile][collect and disseminate] (European Union; Brazil) data on [joint investigation teams / parallel investigations (Chile)] and/or mutual legal assistance;',
  'The Working Group:\nOption 1: Requests the secretariat to prepare a thematic paper on specialized prosecution (Egypt)\nOption 2: No text.',
  'States parties should strengthen cooperation\nAlt. 1: through bilateral agreements;\nAlt. 2: through regional networks (Argentina)',
  'Encourages the [United Nations Office on Drugs and Crime] (UNODC) to continue to assist States parties, upon request: (a) in [developing][strengthening] national referral mechanisms; (b) in the collection of data [, including through the Global Report on Trafficking in Persons] (Russian Federation: delete);',
  '[Decides to remain seized of the matter.] (Chair)',
];

/** A fixture draft: a bracketed negotiating text in the shape of real UN drafts. */
export function fixture(name: 'english-draft' | 'chinese-draft'): string {
  return readFileSync(join(__dirname, 'fixtures', `${name}.txt`), 'utf8');
}

export function ok(result: ImportResult): ImportSuccess {
  if (isImportFailure(result)) throw new Error(result.error.message);
  return result;
}

interface Node {
  bracket: ImportedBracket | null;
  children: Array<string | Node>;
}

/**
 * The runs written back the way the room writes them (the rendering convention): brackets,
 * "[a][b]", "[a / b]", options on their own lines, attributions in parentheses. Built from the
 * import's own structure, so it checks the parser independently of the document renderer.
 */
export function writeBack(runs: readonly ImportedRun[]): string {
  const root: Node = { bracket: null, children: [] };
  let path: Node[] = [root];
  for (const run of runs) {
    let common = 0;
    while (common < run.brackets.length && path[common + 1]?.bracket?.key === run.brackets[common]?.key) common += 1;
    path = path.slice(0, common + 1);
    for (const bracket of run.brackets.slice(common)) {
      const node: Node = { bracket, children: [] };
      path[path.length - 1]?.children.push(node);
      path.push(node);
    }
    path[path.length - 1]?.children.push(run.text);
  }
  return print(root.children);
}

const by = (bracket: ImportedBracket | null) => (bracket?.attribution ? ` (${bracket.attribution})` : '');

function print(children: ReadonlyArray<string | Node>): string {
  let out = '';
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (child === undefined) continue;
    if (typeof child === 'string') {
      out += child;
      continue;
    }
    const bracket = child.bracket;
    if (bracket?.form === 'option') {
      out += `${out === '' ? '' : '\n'}${bracket.option ?? ''}: ${print(child.children)}${by(bracket)}`;
    } else if (bracket?.form === 'slash') {
      const alternatives = [child];
      for (let next = children[index + 1]; typeof next === 'object' && next.bracket?.spot === bracket.spot; next = children[index + 1]) {
        alternatives.push(next);
        index += 1;
      }
      out += `[${alternatives.map((alternative) => `${print(alternative.children)}${by(alternative.bracket)}`).join(' / ')}]`;
    } else {
      out += `[${print(child.children)}]${by(bracket)}`;
    }
  }
  return out;
}
