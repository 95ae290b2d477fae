import { formatDate, formatMeetingDates } from '@/lib/format/dates';
import type { ParagraphStatus } from '@/lib/negotiation/schema';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';

/**
 * The fixed words of a conference room paper in the six UN languages. The masthead follows the
 * draft's original language; any other language code falls back to English. Meeting data
 * (body, venue, titles) is printed as the secretariat entered it.
 * The render convention's own words ("delete:", "alt 1:", "Chair") stay as on screen, so that
 * the paper and the room read the same.
 */

export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export interface MastheadWords {
  unitedNations: string;
  distribution: string;
  /** "Original: English" for a paper whose original language is this one. */
  original: string;
  agendaItem: (itemNumber: string) => string;
  notEdited: string;
  secretariatNoteHeading: string;
  secretariatNote: (attribution: boolean) => string;
  commentsHeading: string;
  generalCommentsHeading: string;
  agreedTextHeading: string;
  status: string;
  statusLabels: Record<ParagraphStatus, string>;
  /** ISO 639-2 code for Akoma Ntoso FRBR identification. */
  iso639_2: string;
  /** BCP 47 tag for xml:lang and Word's language properties. */
  bcp47: string;
  direction: 'ltr' | 'rtl';
  formatDate: (isoDate: string) => string;
  formatMeetingDates: (startsOn: string, endsOn: string) => string;
}

export function isUnLanguage(value: string): value is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(value);
}

/** The masthead language of a draft: its original language when a UN language, else English. */
export function mastheadLanguage(originalLanguage: string): UnLanguage {
  const code = originalLanguage.trim().toLowerCase().slice(0, 2);
  return isUnLanguage(code) ? code : 'en';
}

const utc = (isoDate: string): Date => new Date(`${isoDate}T12:00:00Z`);

function intlDates(locale: string, fix: (text: string) => string = (text) => text) {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    formatDate: (isoDate: string) => fix(format.format(utc(isoDate))),
    formatMeetingDates: (startsOn: string, endsOn: string) =>
      fix(startsOn === endsOn ? format.format(utc(startsOn)) : format.formatRange(utc(startsOn), utc(endsOn))),
  };
}

/** "2022年6月29日至30日": ICU's Chinese range format uses numeric dates, which UN papers do not. */
function chineseDates() {
  const parts = (isoDate: string) => isoDate.split('-').map(Number) as [number, number, number];
  const one = (isoDate: string) => {
    const [y, m, d] = parts(isoDate);
    return `${y}年${m}月${d}日`;
  };
  return {
    formatDate: one,
    formatMeetingDates: (startsOn: string, endsOn: string) => {
      if (startsOn === endsOn) return one(startsOn);
      const [y1, m1] = parts(startsOn);
      const [y2, m2, d2] = parts(endsOn);
      if (y1 !== y2) return `${one(startsOn)}至${one(endsOn)}`;
      return m1 === m2 ? `${one(startsOn)}至${d2}日` : `${one(startsOn)}至${m2}月${d2}日`;
    },
  };
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

export const MASTHEAD_WORDS: Record<UnLanguage, MastheadWords> = {
  en: {
    unitedNations: 'United Nations',
    distribution: 'Distr.: General',
    original: 'Original: English',
    agendaItem: (n) => `Item ${n} of the provisional agenda`,
    notEdited: 'This conference room paper has not been edited.',
    secretariatNoteHeading: 'Note by the Secretariat',
    secretariatNote: note('en'),
    commentsHeading: 'Comments received',
    generalCommentsHeading: 'General comments',
    agreedTextHeading: 'Agreed text',
    status: 'Status',
    statusLabels: STATUS_LABELS,
    iso639_2: 'eng',
    bcp47: 'en-GB',
    direction: 'ltr',
    formatDate,
    formatMeetingDates,
  },
  fr: {
    unitedNations: 'Nations Unies',
    distribution: 'Distr. générale',
    original: 'Original : français',
    agendaItem: (n) => `Point ${n} de l'ordre du jour provisoire`,
    notEdited: "Le présent document de séance n'a pas été revu par les services d'édition.",
    secretariatNoteHeading: 'Note du Secrétariat',
    secretariatNote: note('fr'),
    commentsHeading: 'Observations reçues',
    generalCommentsHeading: 'Observations générales',
    agreedTextHeading: 'Texte approuvé',
    status: 'Statut',
    statusLabels: { open: 'Ouvert', agreed_informals: 'Approuvé lors des consultations informelles', agreed_ad_ref: 'Approuvé ad referendum', agreed: 'Approuvé', parked: 'Reporté', deleted: 'Supprimé' },
    iso639_2: 'fra',
    bcp47: 'fr-FR',
    direction: 'ltr',
    ...intlDates('fr-FR'),
  },
  es: {
    unitedNations: 'Naciones Unidas',
    distribution: 'Distr. general',
    original: 'Original: español',
    agendaItem: (n) => `Tema ${n} del programa provisional`,
    notEdited: 'El presente documento de sesión no ha sido objeto de revisión editorial.',
    secretariatNoteHeading: 'Nota de la Secretaría',
    secretariatNote: note('es'),
    commentsHeading: 'Observaciones recibidas',
    generalCommentsHeading: 'Observaciones generales',
    agreedTextHeading: 'Texto acordado',
    status: 'Estado',
    statusLabels: { open: 'Abierto', agreed_informals: 'Acordado en consultas oficiosas', agreed_ad_ref: 'Acordado ad referendum', agreed: 'Acordado', parked: 'Aplazado', deleted: 'Suprimido' },
    iso639_2: 'spa',
    bcp47: 'es-ES',
    direction: 'ltr',
    ...intlDates('es-ES'),
  },
  ru: {
    unitedNations: 'Организация Объединенных Наций',
    distribution: 'Распр.: общая',
    original: 'Язык оригинала: русский',
    agendaItem: (n) => `Пункт ${n} предварительной повестки дня`,
    notEdited: 'Настоящий документ зала заседаний не редактировался.',
    secretariatNoteHeading: 'Записка Секретариата',
    secretariatNote: note('ru'),
    commentsHeading: 'Полученные замечания',
    generalCommentsHeading: 'Общие замечания',
    agreedTextHeading: 'Согласованный текст',
    status: 'Статус',
    statusLabels: { open: 'Открыт', agreed_informals: 'Согласован в ходе неофициальных консультаций', agreed_ad_ref: 'Согласован ad referendum', agreed: 'Согласован', parked: 'Отложен', deleted: 'Исключен' },
    iso639_2: 'rus',
    bcp47: 'ru-RU',
    direction: 'ltr',
    // UN Russian writes "29 июня 2022 года", not ICU's abbreviated "г.".
    ...intlDates('ru-RU', (text) => text.replace(/\s?г\.$/, ' года')),
  },
  zh: {
    unitedNations: '联合国',
    distribution: '分发：普遍',
    original: '原文：中文',
    agendaItem: (n) => `临时议程项目${n}`,
    notEdited: '本会议室文件未经编辑。',
    secretariatNoteHeading: '秘书处的说明',
    secretariatNote: note('zh'),
    commentsHeading: '收到的评论',
    generalCommentsHeading: '一般性评论',
    agreedTextHeading: '商定案文',
    status: '状态',
    statusLabels: { open: '待议', agreed_informals: '在非正式磋商中商定', agreed_ad_ref: '待核准商定', agreed: '已商定', parked: '暂缓', deleted: '已删除' },
    iso639_2: 'zho',
    bcp47: 'zh-CN',
    direction: 'ltr',
    ...chineseDates(),
  },
  ar: {
    unitedNations: 'الأمم المتحدة',
    distribution: 'التوزيع: عام',
    original: 'الأصل: بالعربية',
    agendaItem: (n) => `البند ${n} من جدول الأعمال المؤقت`,
    notEdited: 'لم تُحرَّر ورقة غرفة الاجتماعات هذه.',
    secretariatNoteHeading: 'مذكرة من الأمانة',
    secretariatNote: note('ar'),
    commentsHeading: 'التعليقات الواردة',
    generalCommentsHeading: 'تعليقات عامة',
    agreedTextHeading: 'النص المتفق عليه',
    status: 'الحالة',
    statusLabels: { open: 'مفتوحة', agreed_informals: 'متفق عليها في المشاورات غير الرسمية', agreed_ad_ref: 'متفق عليها رهنا بالاستشارة', agreed: 'متفق عليها', parked: 'مؤجلة', deleted: 'محذوفة' },
    iso639_2: 'ara',
    bcp47: 'ar',
    direction: 'rtl',
    // UN Arabic documents print Western digits.
    ...intlDates('ar-u-nu-latn'),
  },
};

export function mastheadWords(language: UnLanguage): MastheadWords {
  return MASTHEAD_WORDS[language];
}
