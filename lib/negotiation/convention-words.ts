/**
 * The words of the rendering convention in the six UN languages: "[replace: a | with: b]",
 * "[delete: a]", "alt 1:", "no text", "(Mexico, supported by Canada; opposed by Japan)", "Chair".
 * The screen uses English (the room's working language); a CRP uses the words of its own
 * language, so a French paper reads "[remplacer : a | par : b]" and a Chinese one
 * "[替换：a | 改为：b]（墨西哥）" with full-width parentheses and colons.
 */

import type { UnLanguage } from '@/lib/import/languages';

/** The convention has its words in each of the six UN languages. */
export type ConventionLanguage = UnLanguage;

export interface ConventionWords {
  replace: string;
  with: string;
  delete: string;
  alt: (n: number) => string;
  /** The default label of the n-th paragraph option (a label written in the draft is kept as written). */
  option: (n: number) => string;
  /** After an option's label: ": ", or "：" in Chinese. */
  labelColon: string;
  noText: string;
  chair: string;
  secretariat: string;
  unknownDelegation: string;
  deleteParagraph: string;
  /** " (" and ")" around an attribution; Chinese "（" "）" without the space. */
  open: string;
  close: string;
  /** Between the delegation and the positions: ", "; between clauses: "; ". */
  comma: string;
  semicolon: string;
  supportedBy: (names: string) => string;
  opposedBy: (names: string) => string;
  /** "Canada, Chile and Japan". */
  list: (names: readonly string[]) => string;
  /** What an alternative strikes, in a note: "strikes “should”", "strikes nothing" (empty text). */
  strikes: (text: string) => string;
}

const joined = (separator: string, and: string) => (names: readonly string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(separator)}${and}${names[names.length - 1]}`;

/** French typography puts a no-break space before a colon. */
const NBSP = '\u00a0';

export const CONVENTION_WORDS: Record<ConventionLanguage, ConventionWords> = {
  en: {
    replace: 'replace: ',
    with: ' | with: ',
    delete: 'delete: ',
    alt: (n) => `alt ${n}: `,
    option: (n) => `Option ${n}`,
    labelColon: ': ',
    noText: 'no text',
    chair: 'Chair',
    secretariat: 'Secretariat',
    unknownDelegation: 'Unknown delegation',
    deleteParagraph: 'delete paragraph',
    open: ' (',
    close: ')',
    comma: ', ',
    semicolon: '; ',
    supportedBy: (names) => `supported by ${names}`,
    opposedBy: (names) => `opposed by ${names}`,
    list: joined(', ', ' and '),
    strikes: (text) => (text ? `strikes “${text}”` : 'strikes nothing'),
  },
  fr: {
    replace: `remplacer${NBSP}: `,
    with: ` | par${NBSP}: `,
    delete: `supprimer${NBSP}: `,
    alt: (n) => `variante ${n}${NBSP}: `,
    option: (n) => `Option ${n}`,
    labelColon: `${NBSP}: `,
    noText: 'pas de texte',
    chair: 'Présidence',
    secretariat: 'Secrétariat',
    unknownDelegation: 'Délégation inconnue',
    deleteParagraph: 'supprimer le paragraphe',
    open: ' (',
    close: ')',
    comma: ', ',
    semicolon: `${NBSP}; `,
    supportedBy: (names) => `avec l'appui de ${names}`,
    opposedBy: (names) => `avec l'opposition de ${names}`,
    list: joined(', ', ' et '),
    strikes: (text) => (text ? `supprime «${NBSP}${text}${NBSP}»` : 'ne supprime rien'),
  },
  es: {
    replace: 'sustituir: ',
    with: ' | por: ',
    delete: 'suprimir: ',
    alt: (n) => `alt. ${n}: `,
    option: (n) => `Opción ${n}`,
    labelColon: ': ',
    noText: 'sin texto',
    chair: 'Presidencia',
    secretariat: 'Secretaría',
    unknownDelegation: 'Delegación desconocida',
    deleteParagraph: 'suprimir el párrafo',
    open: ' (',
    close: ')',
    comma: ', ',
    semicolon: '; ',
    supportedBy: (names) => `con el apoyo de ${names}`,
    opposedBy: (names) => `con la oposición de ${names}`,
    list: joined(', ', ' y '),
    strikes: (text) => (text ? `suprime “${text}”` : 'no suprime nada'),
  },
  ru: {
    replace: 'заменить: ',
    with: ' | на: ',
    delete: 'исключить: ',
    alt: (n) => `вариант ${n}: `,
    option: (n) => `Вариант ${n}`,
    labelColon: ': ',
    noText: 'без текста',
    chair: 'Председатель',
    secretariat: 'Секретариат',
    unknownDelegation: 'Неизвестная делегация',
    deleteParagraph: 'исключить пункт',
    open: ' (',
    close: ')',
    comma: ', ',
    semicolon: '; ',
    supportedBy: (names) => `при поддержке ${names}`,
    opposedBy: (names) => `при возражении ${names}`,
    list: joined(', ', ' и '),
    strikes: (text) => (text ? `исключает «${text}»` : 'ничего не исключает'),
  },
  zh: {
    replace: '替换：',
    with: ' | 改为：',
    delete: '删除：',
    alt: (n) => `备选${n}：`,
    option: (n) => `备选案文${n}`,
    labelColon: '：',
    noText: '无案文',
    chair: '主席',
    secretariat: '秘书处',
    unknownDelegation: '未知代表团',
    deleteParagraph: '删除本段',
    open: '（',
    close: '）',
    comma: '，',
    semicolon: '；',
    supportedBy: (names) => `得到${names}支持`,
    opposedBy: (names) => `${names}反对`,
    list: joined('、', '和'),
    strikes: (text) => (text ? `删除“${text}”` : '不删除任何内容'),
  },
  ar: {
    replace: 'يستعاض عن: ',
    with: ' | بعبارة: ',
    delete: 'تحذف: ',
    alt: (n) => `البديل ${n}: `,
    option: (n) => `الخيار ${n}`,
    labelColon: ': ',
    noText: 'لا نص',
    chair: 'الرئيس',
    secretariat: 'الأمانة',
    unknownDelegation: 'وفد غير معروف',
    deleteParagraph: 'تحذف الفقرة',
    open: ' (',
    close: ')',
    comma: '، ',
    semicolon: '؛ ',
    supportedBy: (names) => `بتأييد من ${names}`,
    opposedBy: (names) => `باعتراض من ${names}`,
    list: joined('، ', ' و'),
    strikes: (text) => (text ? `تحذف "${text}"` : 'لا تحذف شيئا'),
  },
};

export function conventionWords(language: ConventionLanguage = 'en'): ConventionWords {
  return CONVENTION_WORDS[language];
}
