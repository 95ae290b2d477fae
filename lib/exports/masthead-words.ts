import { formatDate } from '@/lib/format/dates';
import { paperDates } from './paper-dates';
import type { ParagraphStatus } from '@/lib/negotiation/schema';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';

/**
 * The fixed words of a conference room paper in the six UN languages. A paper follows the
 * draft's original language; any other language code falls back to English. The meeting's own
 * texts in that language come from its translations (paper-language.ts), the convention's words
 * ("[remplacer : … | par : …]") from lib/negotiation/convention-words.ts.
 */

import { UN_LANGUAGES, type UnLanguage } from '@/lib/import/languages';

export { UN_LANGUAGES, type UnLanguage };

export interface MastheadWords {
  language: UnLanguage;
  unitedNations: string;
  /**
   * The distribution block under the symbol: distribution, date, original language. Arabic,
   * Chinese and Russian papers keep it in English ("Distr.: General / 16 March 2022 /
   * Original: Chinese"); French and Spanish papers translate it.
   */
  distributionBlock: (isoDate: string) => string[];
  /** "Status: Agreed"; Chinese uses the full-width colon "状态：已商定". */
  statusLine: (label: string) => string;
  /** The words a comment is about, in the language's quotation marks: “establish”, « établir ». */
  quoted: (text: string) => string;
  /** Heads a reply under the comment it answers, with its separator: "Reply from Canada: ". */
  replyFrom: (name: string) => string;
  agendaItem: (itemNumber: string) => string;
  notEdited: string;
  secretariatNoteHeading: string;
  secretariatNote: (attribution: boolean) => string;
  commentsHeading: string;
  generalCommentsHeading: string;
  agreedTextHeading: string;
  statusLabels: Record<ParagraphStatus, string>;
  /** ISO 639-2 code for Akoma Ntoso FRBR identification. */
  iso639_2: string;
  /** BCP 47 tag for xml:lang and Word's language properties. */
  bcp47: string;
  direction: 'ltr' | 'rtl';
  formatDate: (isoDate: string) => string;
  formatMeetingDates: (startsOn: string, endsOn: string) => string;
  /** "Vienna, 29 and 30 June 2022"; Chinese puts the dates first: "2022年6月29日和30日，维也纳". */
  placeAndDates: (venue: string, dates: string) => string;
  datesFirst: boolean;
  /** ", ", Arabic "، ", Chinese "，". */
  placeSeparator: string;
}

function place(separator: string, datesFirst = false): Pick<MastheadWords, 'placeAndDates' | 'datesFirst' | 'placeSeparator'> {
  return {
    datesFirst,
    placeSeparator: separator,
    placeAndDates: (venue, dates) => (datesFirst ? `${dates}${separator}${venue}` : `${venue}${separator}${dates}`),
  };
}

export function isUnLanguage(value: string): value is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(value);
}

/** The masthead language of a draft: its original language when a UN language, else English. */
export function mastheadLanguage(originalLanguage: string): UnLanguage {
  const code = originalLanguage.trim().toLowerCase().slice(0, 2);
  return isUnLanguage(code) ? code : 'en';
}

const noteParts = {
  en: ['The present conference room paper sets out the text under negotiation. Proposals not yet agreed are shown in square brackets', ', followed by the name of the delegation that made them', '. The comments received on each paragraph are listed after it, by delegation in alphabetical order.'],
  fr: ["Le présent document de séance reproduit le texte en cours de négociation. Les propositions qui n'ont pas encore été approuvées figurent entre crochets", ", suivies du nom de la délégation qui les a faites", '. Les observations reçues sur chaque paragraphe sont présentées à la suite de celui-ci, par délégation et par ordre alphabétique.'],
  es: ['El presente documento de sesión recoge el texto objeto de negociación. Las propuestas que aún no se han acordado figuran entre corchetes', ', seguidas del nombre de la delegación que las formuló', '. Las observaciones recibidas sobre cada párrafo se enumeran a continuación de este, por delegación y en orden alfabético.'],
  ru: ['В настоящем документе зала заседаний воспроизводится обсуждаемый текст. Еще не согласованные предложения заключены в квадратные скобки', ', после которых указано название внесшей их делегации', '. Замечания, полученные по каждому пункту, приводятся после него по делегациям в алфавитном порядке.'],
  zh: ['本会议室文件载列正在谈判的案文。尚未商定的提案列于方括号内', '，其后注明提出提案的代表团名称', '。就每一段落收到的评论按代表团字母顺序列于该段落之后。'],
  ar: ['تتضمن ورقة غرفة الاجتماعات هذه النص قيد التفاوض. وترد المقترحات التي لم يُتفق عليها بعد بين معقوفتين', '، يليها اسم الوفد الذي قدمها', '. وترد التعليقات الواردة بشأن كل فقرة بعدها، مرتبة حسب الوفود ترتيبا ألفبائيا.'],
} satisfies Record<UnLanguage, [string, string, string]>;

const note = (language: UnLanguage) => (attribution: boolean) => {
  const [lead, by, tail] = noteParts[language];
  return `${lead}${attribution ? by : ''}${tail}`;
};

type Block = Pick<MastheadWords, 'distributionBlock' | 'statusLine'>;

/** The block as the language's papers print it: in the language, or in English (see distributionBlock). */
function block(distribution: string, original: string, date: (isoDate: string) => string, status: string, colon = ': '): Block {
  return {
    distributionBlock: (isoDate) => [distribution, date(isoDate), original],
    statusLine: (label) => `${status}${colon}${label}`,
  };
}

const englishBlock = (languageName: string, status: string, colon = ': '): Block => block('Distr.: General', `Original: ${languageName}`, formatDate, status, colon);

export const MASTHEAD_WORDS: Record<UnLanguage, MastheadWords> = {
  en: {
    language: 'en',
    quoted: (text) => `“${text}”`,
    replyFrom: (name) => `Reply from ${name}: `,
    ...place(', '),
    ...englishBlock('English', 'Status'),
    unitedNations: 'United Nations',
    agendaItem: (n) => `Item ${n} of the provisional agenda`,
    notEdited: 'This conference room paper has not been edited.',
    secretariatNoteHeading: 'Note by the Secretariat',
    secretariatNote: note('en'),
    commentsHeading: 'Comments received',
    generalCommentsHeading: 'General comments',
    agreedTextHeading: 'Agreed text',
    statusLabels: STATUS_LABELS,
    iso639_2: 'eng',
    bcp47: 'en-GB',
    direction: 'ltr',
    ...paperDates('en'),
  },
  fr: {
    language: 'fr',
    quoted: (text) => `«\u00a0${text}\u00a0»`,
    replyFrom: (name) => `Réponse de ${name}\u00a0: `,
    ...place(', '),
    ...block('Distr. générale', 'Original : français', paperDates('fr').formatDate, 'Statut', '\u00a0: '),
    unitedNations: 'Nations Unies',
    agendaItem: (n) => `Point ${n} de l'ordre du jour provisoire`,
    notEdited: "Le présent document de séance n'a pas été revu par les services d'édition.",
    secretariatNoteHeading: 'Note du Secrétariat',
    secretariatNote: note('fr'),
    commentsHeading: 'Observations reçues',
    generalCommentsHeading: 'Observations générales',
    agreedTextHeading: 'Texte approuvé',
    statusLabels: { open: 'Ouvert', agreed_informals: 'Approuvé lors des consultations informelles', agreed_ad_ref: 'Approuvé ad referendum', agreed: 'Approuvé', parked: 'Reporté', deleted: 'Supprimé' },
    iso639_2: 'fra',
    bcp47: 'fr-FR',
    direction: 'ltr',
    ...paperDates('fr'),
  },
  es: {
    language: 'es',
    quoted: (text) => `“${text}”`,
    replyFrom: (name) => `Respuesta de ${name}: `,
    ...place(', '),
    ...block('Distr. general', 'Original: español', paperDates('es').formatDate, 'Estado'),
    unitedNations: 'Naciones Unidas',
    agendaItem: (n) => `Tema ${n} del programa provisional`,
    notEdited: 'El presente documento de sesión no ha sido objeto de revisión editorial.',
    secretariatNoteHeading: 'Nota de la Secretaría',
    secretariatNote: note('es'),
    commentsHeading: 'Observaciones recibidas',
    generalCommentsHeading: 'Observaciones generales',
    agreedTextHeading: 'Texto acordado',
    statusLabels: { open: 'Abierto', agreed_informals: 'Acordado en consultas oficiosas', agreed_ad_ref: 'Acordado ad referendum', agreed: 'Acordado', parked: 'Aplazado', deleted: 'Suprimido' },
    iso639_2: 'spa',
    bcp47: 'es-ES',
    direction: 'ltr',
    ...paperDates('es'),
  },
  ru: {
    language: 'ru',
    quoted: (text) => `«${text}»`,
    replyFrom: (name) => `Ответ (${name}): `,
    ...place(', '),
    ...englishBlock('Russian', 'Статус'),
    unitedNations: 'Организация Объединенных Наций',
    agendaItem: (n) => `Пункт ${n} предварительной повестки дня`,
    notEdited: 'Настоящий документ зала заседаний не редактировался.',
    secretariatNoteHeading: 'Записка Секретариата',
    secretariatNote: note('ru'),
    commentsHeading: 'Полученные замечания',
    generalCommentsHeading: 'Общие замечания',
    agreedTextHeading: 'Согласованный текст',
    statusLabels: { open: 'Открыт', agreed_informals: 'Согласован в ходе неофициальных консультаций', agreed_ad_ref: 'Согласован ad referendum', agreed: 'Согласован', parked: 'Отложен', deleted: 'Исключен' },
    iso639_2: 'rus',
    bcp47: 'ru-RU',
    direction: 'ltr',
    ...paperDates('ru'),
  },
  zh: {
    language: 'zh',
    quoted: (text) => `“${text}”`,
    replyFrom: (name) => `${name}答复：`,
    ...place('，', true),
    ...englishBlock('Chinese', '状态', '：'),
    unitedNations: '联合国',
    agendaItem: (n) => `临时议程项目${n}`,
    notEdited: '本会议室文件未经编辑。',
    secretariatNoteHeading: '秘书处的说明',
    secretariatNote: note('zh'),
    commentsHeading: '收到的评论',
    generalCommentsHeading: '一般性评论',
    agreedTextHeading: '商定案文',
    statusLabels: { open: '待议', agreed_informals: '在非正式磋商中商定', agreed_ad_ref: '待核准商定', agreed: '已商定', parked: '暂缓', deleted: '已删除' },
    iso639_2: 'zho',
    bcp47: 'zh-CN',
    direction: 'ltr',
    ...paperDates('zh'),
  },
  ar: {
    language: 'ar',
    quoted: (text) => `"${text}"`,
    replyFrom: (name) => `رد من ${name}: `,
    ...place('، '),
    ...englishBlock('Arabic', 'الحالة'),
    unitedNations: 'الأمم المتحدة',
    agendaItem: (n) => `البند ${n} من جدول الأعمال المؤقت`,
    notEdited: 'لم تُحرَّر ورقة غرفة الاجتماعات هذه.',
    secretariatNoteHeading: 'مذكرة من الأمانة',
    secretariatNote: note('ar'),
    commentsHeading: 'التعليقات الواردة',
    generalCommentsHeading: 'تعليقات عامة',
    agreedTextHeading: 'النص المتفق عليه',
    statusLabels: { open: 'مفتوحة', agreed_informals: 'متفق عليها في المشاورات غير الرسمية', agreed_ad_ref: 'متفق عليها رهنا بالاستشارة', agreed: 'متفق عليها', parked: 'مؤجلة', deleted: 'محذوفة' },
    iso639_2: 'ara',
    bcp47: 'ar',
    direction: 'rtl',
    // UN Arabic documents print Western digits (0-9), as does every CRP in Arabic we modelled.
    ...paperDates('ar'),
  },
};

export function mastheadWords(language: UnLanguage): MastheadWords {
  return MASTHEAD_WORDS[language];
}
