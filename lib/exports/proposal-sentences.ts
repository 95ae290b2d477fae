import type { UnLanguage } from './masthead-words';

/**
 * What a pending proposal proposes, as a sentence in the paper's language, for the Akoma Ntoso
 * notes: "Mexico proposes to replace “shall” with “should”". `who` and the quoted words come in
 * already marked up.
 */
export interface ProposalSentences {
  insert: (who: string, inserted: string) => string;
  delete: (who: string, deleted: string) => string;
  replace: (who: string, deleted: string, inserted: string) => string;
  newParagraph: (who: string, inserted: string) => string;
  deleteParagraph: (who: string) => string;
  /** " (alternative 2 at this spot)". */
  alternative: (n: number) => string;
  quote: (text: string) => string;
}

export const PROPOSAL_SENTENCES: Record<UnLanguage, ProposalSentences> = {
  en: {
    insert: (who, a) => `${who} proposes to insert ${a}`,
    delete: (who, a) => `${who} proposes to delete ${a}`,
    replace: (who, a, b) => `${who} proposes to replace ${a} with ${b}`,
    newParagraph: (who, a) => `${who} proposes a new paragraph: ${a}`,
    deleteParagraph: (who) => `${who} proposes to delete the paragraph`,
    alternative: (n) => ` (alternative ${n} at this spot)`,
    quote: (text) => `“${text}”`,
  },
  fr: {
    insert: (who, a) => `${who} propose d'insérer ${a}`,
    delete: (who, a) => `${who} propose de supprimer ${a}`,
    replace: (who, a, b) => `${who} propose de remplacer ${a} par ${b}`,
    newParagraph: (who, a) => `${who} propose un nouveau paragraphe\u00a0: ${a}`,
    deleteParagraph: (who) => `${who} propose de supprimer le paragraphe`,
    alternative: (n) => ` (variante ${n} à cet endroit)`,
    quote: (text) => `«\u00a0${text}\u00a0»`,
  },
  es: {
    insert: (who, a) => `${who} propone insertar ${a}`,
    delete: (who, a) => `${who} propone suprimir ${a}`,
    replace: (who, a, b) => `${who} propone sustituir ${a} por ${b}`,
    newParagraph: (who, a) => `${who} propone un nuevo párrafo: ${a}`,
    deleteParagraph: (who) => `${who} propone suprimir el párrafo`,
    alternative: (n) => ` (alternativa ${n} en este lugar)`,
    quote: (text) => `“${text}”`,
  },
  ru: {
    insert: (who, a) => `${who} предлагает вставить ${a}`,
    delete: (who, a) => `${who} предлагает исключить ${a}`,
    replace: (who, a, b) => `${who} предлагает заменить ${a} на ${b}`,
    newParagraph: (who, a) => `${who} предлагает новый пункт: ${a}`,
    deleteParagraph: (who) => `${who} предлагает исключить пункт`,
    alternative: (n) => ` (вариант ${n} для этого места)`,
    quote: (text) => `«${text}»`,
  },
  zh: {
    insert: (who, a) => `${who}提议插入${a}`,
    delete: (who, a) => `${who}提议删除${a}`,
    replace: (who, a, b) => `${who}提议将${a}改为${b}`,
    newParagraph: (who, a) => `${who}提议增加新的一段：${a}`,
    deleteParagraph: (who) => `${who}提议删除本段`,
    alternative: (n) => `（此处的备选${n}）`,
    quote: (text) => `“${text}”`,
  },
  ar: {
    insert: (who, a) => `تقترح ${who} إدراج ${a}`,
    delete: (who, a) => `تقترح ${who} حذف ${a}`,
    replace: (who, a, b) => `تقترح ${who} الاستعاضة عن ${a} بعبارة ${b}`,
    newParagraph: (who, a) => `تقترح ${who} فقرة جديدة: ${a}`,
    deleteParagraph: (who) => `تقترح ${who} حذف الفقرة`,
    alternative: (n) => ` (البديل ${n} في هذا الموضع)`,
    quote: (text) => `"${text}"`,
  },
};
