/**
 * Names of States and negotiating groups in the six official languages, so that an attribution
 * written "(Egypt)", "（埃及）" or "(Égypte)" is recognised as naming a delegation, and matched to
 * the meeting's delegation "Egypt" whatever language the draft is in. State names come from the
 * runtime's own region names (Intl.DisplayNames, the Unicode CLDR data) plus the UN's formal
 * English names where they differ; the groups are the ones that speak in UN negotiations.
 */

import { UN_LANGUAGES } from './languages';

/** Names are known in each of the six languages a draft may be written in. */
export const NAME_LANGUAGES = UN_LANGUAGES;

/** Two-letter codes that Intl names but that are no delegation. */
const NOT_DELEGATIONS = new Set(['UN', 'EZ', 'QO', 'ZZ', 'XA', 'XB', 'AQ']);

/** The UN's English names where the CLDR short name differs. */
const UN_ENGLISH: Record<string, string[]> = {
  US: ['United States of America', 'USA'],
  GB: ['United Kingdom of Great Britain and Northern Ireland', 'UK'],
  RU: ['Russian Federation'],
  KR: ['Republic of Korea'],
  KP: ["Democratic People's Republic of Korea"],
  IR: ['Iran (Islamic Republic of)', 'Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  VE: ['Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela'],
  BO: ['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia'],
  VN: ['Viet Nam'],
  LA: ["Lao People's Democratic Republic"],
  MD: ['Republic of Moldova'],
  TZ: ['United Republic of Tanzania'],
  VA: ['Holy See'],
  PS: ['State of Palestine', 'Palestine'],
  TR: ['Türkiye', 'Turkey'],
  CZ: ['Czech Republic', 'Czechia'],
  CD: ['Democratic Republic of the Congo'],
  CG: ['Congo'],
  CI: ["Côte d'Ivoire"],
  MK: ['North Macedonia'],
  FM: ['Micronesia (Federated States of)'],
  EU: ['EU', 'European Union', '欧洲联盟', 'Union européenne', 'Unión Europea', 'Европейский союз', 'الاتحاد الأوروبي'],
};

const GROUPS: Record<string, string[]> = {
  'group:g77': [
    'Group of 77 and China',
    'Group of 77',
    'G77 and China',
    'G-77 and China',
    'G77',
    'Groupe des 77 et la Chine',
    'Grupo de los 77 y China',
    'Группа 77 и Китай',
    '77国集团和中国',
    '七十七国集团和中国',
    'مجموعة الـ77 والصين',
    'مجموعة الـ 77 والصين',
  ],
  'group:african': ['African Group', "Groupe des États d'Afrique", 'Grupo de Estados de África', 'Группа африканских государств', '非洲国家集团', 'المجموعة الأفريقية'],
  'group:arab': ['Arab Group', 'Groupe des États arabes', 'Grupo de Estados Árabes', 'Группа арабских государств', '阿拉伯国家集团', 'المجموعة العربية'],
  'group:grulac': [
    'GRULAC',
    'Group of Latin American and Caribbean States',
    "Groupe des États d'Amérique latine et des Caraïbes",
    'Grupo de Estados de América Latina y el Caribe',
    'Группа государств Латинской Америки и Карибского бассейна',
    '拉丁美洲和加勒比国家集团',
  ],
  'group:weog': ['WEOG', 'Western European and other States', 'Group of Western European and other States', '西欧和其他国家集团'],
  'group:asia-pacific': ['Asia-Pacific Group', 'Group of Asia-Pacific States', '亚洲-太平洋国家集团', '亚太国家集团'],
  'group:eastern-european': ['Eastern European Group', 'Group of Eastern European States', '东欧国家集团'],
  'group:nam': ['Non-Aligned Movement', 'NAM', 'Mouvement des pays non alignés', 'Movimiento de Países No Alineados', 'Движение неприсоединения', '不结盟运动'],
  'group:celac': ['CELAC', 'Community of Latin American and Caribbean States'],
};

export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

let cache: Map<string, string> | null = null;

/** Normalised name → a code shared by every spelling of one State or group ("EG", "group:g77"). */
export function knownNames(): ReadonlyMap<string, string> {
  if (cache) return cache;
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = normaliseName(name);
    if (key && !names.has(key)) names.set(key, code);
  };
  for (const [code, spellings] of Object.entries({ ...UN_ENGLISH, ...GROUPS })) for (const name of spellings) add(name, code);
  for (const language of NAME_LANGUAGES) {
    const display = regionNames(language);
    if (!display) continue;
    for (const code of allRegionCodes()) {
      if (NOT_DELEGATIONS.has(code)) continue;
      const name = display.of(code);
      if (name && name !== code) add(name, code);
    }
  }
  cache = names;
  return names;
}

/** The code of a known State or group name, or null. */
export function codeOfName(name: string): string | null {
  return knownNames().get(normaliseName(name)) ?? null;
}

function regionNames(language: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  } catch {
    // A runtime without region names still recognises the UN names and the groups above.
    return null;
  }
}

function allRegionCodes(): string[] {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a += 1) for (let b = 65; b <= 90; b += 1) codes.push(String.fromCharCode(a, b));
  return codes;
}
