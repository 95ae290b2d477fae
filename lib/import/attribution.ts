import { codeOfName, normaliseName } from './known-names';

/**
 * Whether the parenthesised text after a closing bracket (or after an option's text) says who
 * proposed it. Negotiating texts write "[should] (Egypt)", "[…] (European Union; Brazil)",
 * "[…] (Canada, supported by Mexico; Japan: delete)"; but a parenthesis after a bracket can also
 * be ordinary text ("(hereinafter 'the Protocol')", "(2000)"), and an unknown capitalised word
 * ("(UNODC)") could be either. Only a sure attribution leaves the text; an uncertain one stays
 * text and the secretariat is told.
 */

export type AttributionVerdict = 'attribution' | 'uncertain' | 'text';

export interface MeetingDelegation {
  id: string;
  name: string;
  shortName?: string | null;
}

// What only an attribution says, in the six languages ("supported by", "on behalf of", "delete", "Chair").
const KEYWORDS =
  /supported by|on behalf of|:\s*delete\b|^delete$|\bchair(?:'s|man|person)?\b|appuyée? par|au nom d|:\s*supprimer|apoyad[oa] por|en nombre d|:\s*suprimir|при поддержке|от имени|[:：]\s*(?:исключить|удалить)|председател|得到.{1,40}支持|[:：]\s*删除|^删除$|主席|بدعم من|باسم|[:：]\s*حذف/iu;

const LATIN_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|and|the|for|de|del|des|du|la|le|los|las|et|y|d['’]\p{L}+|\d+))*$/u;
const HAN_NAME = /^(?=.*\p{Script=Han})[\p{Script=Han}\d]{1,15}$/u;
const CYRILLIC_NAME = /^\p{Lu}[\p{Script=Cyrillic}\s-]{0,60}$/u;
const ARABIC_NAME = /^[\p{Script=Arabic}\s]{1,60}$/u;

export function classifyAttribution(content: string, delegationNames: ReadonlySet<string>): AttributionVerdict {
  const text = content.trim();
  if (text === '' || text.length > 200) return 'text';
  if (KEYWORDS.test(text)) return 'attribution';
  const known = (name: string) => delegationNames.has(normaliseName(name)) || codeOfName(name) !== null;
  const parts = text.split(/\s*[;；]\s*/).filter((part) => part !== '');
  const names = parts.flatMap((part) => (known(part) ? [part] : splitNames(part)));
  if (names.length > 0 && names.every(known)) return 'attribution';
  if (names.length > 0 && names.every(isNameShaped)) return parts.length >= 2 ? 'attribution' : 'uncertain';
  return 'text';
}

function splitNames(part: string): string[] {
  return part.split(/\s*(?:[,，、]|\band\b|\bet\b|\by\b|\bи\b|和)\s*/u).filter((name) => name !== '');
}

function isNameShaped(name: string): boolean {
  const words = name.split(/\s+/).length;
  if (LATIN_NAME.test(name)) return words <= 8;
  return HAN_NAME.test(name) || CYRILLIC_NAME.test(name) || ARABIC_NAME.test(name);
}

/** The normalised names and short names of the meeting's delegations, for classifyAttribution. */
export function delegationNameSet(delegations: readonly Pick<MeetingDelegation, 'name' | 'shortName'>[]): Set<string> {
  const names = new Set<string>();
  for (const delegation of delegations) {
    names.add(normaliseName(delegation.name));
    if (delegation.shortName) names.add(normaliseName(delegation.shortName));
  }
  return names;
}

/**
 * The delegation an attribution names when it names exactly one delegation of the meeting, by
 * name or short name (case-insensitive), or by the same State or group written in another of the
 * six languages ("埃及" is the meeting's "Egypt"); null otherwise.
 */
export function matchDelegation(attribution: string, delegations: readonly MeetingDelegation[]): string | null {
  const wanted = normaliseName(attribution);
  const code = codeOfName(attribution);
  const matches = new Set<string>();
  for (const delegation of delegations) {
    const spellings = [delegation.name, delegation.shortName ?? ''].filter((name) => name !== '');
    if (spellings.some((name) => normaliseName(name) === wanted)) matches.add(delegation.id);
  }
  if (matches.size === 0 && code) {
    for (const delegation of delegations) {
      const spellings = [delegation.name, delegation.shortName ?? ''].filter((name) => name !== '');
      if (spellings.some((name) => codeOfName(name) === code)) matches.add(delegation.id);
    }
  }
  return matches.size === 1 ? ([...matches][0] ?? null) : null;
}
