import type { LanguageTexts, MeetingTranslations } from '@/lib/meetings/translations';

/**
 * The demo meeting's words in the other UN languages, as the Working Group's papers print them:
 * the body, the subsidiary body, the venue and the meeting's title, the agenda item titles of the
 * provisional agenda (CTOC/COP/WG.4/2022/1) and the UN short names of the delegations.
 */

export const DEMO_MEETING_TRANSLATIONS: MeetingTranslations = {
  ar: {
    title: 'الاجتماع الثاني عشر للفريق العامل المعني بالاتجار بالأشخاص',
    body: 'مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
    subsidiaryBody: 'الفريق العامل المعني بالاتجار بالأشخاص',
    venue: 'فيينا',
  },
  zh: {
    title: '贩运人口问题工作组第十二次会议',
    body: '联合国打击跨国有组织犯罪公约缔约方会议',
    subsidiaryBody: '贩运人口问题工作组',
    venue: '维也纳',
  },
  fr: {
    title: 'Douzième réunion du Groupe de travail sur la traite des personnes',
    body: 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
    subsidiaryBody: 'Groupe de travail sur la traite des personnes',
    venue: 'Vienne',
  },
  ru: {
    title: 'Двенадцатое совещание Рабочей группы по торговле людьми',
    body: 'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
    subsidiaryBody: 'Рабочая группа по торговле людьми',
    venue: 'Вена',
  },
  es: {
    title: 'Duodécima reunión del Grupo de Trabajo sobre la Trata de Personas',
    body: 'Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    subsidiaryBody: 'Grupo de Trabajo sobre la Trata de Personas',
    venue: 'Viena',
  },
};

/** Agenda item titles by item number. */
export const DEMO_AGENDA_TRANSLATIONS: Record<string, LanguageTexts> = {
  '1': { ar: 'المسائل التنظيمية', zh: '组织事项', fr: "Questions d'organisation", ru: 'Организационные вопросы', es: 'Cuestiones de organización' },
  '1(a)': { ar: 'افتتاح الاجتماع', zh: '会议开幕', fr: 'Ouverture de la réunion', ru: 'Открытие совещания', es: 'Apertura de la reunión' },
  '1(b)': {
    ar: 'إقرار جدول الأعمال وتنظيم الأعمال',
    zh: '通过议程和工作安排',
    fr: "Adoption de l'ordre du jour et organisation des travaux",
    ru: 'Утверждение повестки дня и организация работы',
    es: 'Aprobación del programa y organización de los trabajos',
  },
  '2': {
    ar: 'تدابير العدالة الجنائية للتصدي لحالات ضحايا الاتجار بالأشخاص الذين أُكرهوا على ارتكاب جرائم كنتيجة مباشرة لتعرضهم للاتجار',
    zh: '对被迫实施犯罪而此种犯罪系其遭贩运的直接后果的人口贩运被害人的刑事司法对策',
    fr: 'Réponses de la justice pénale aux victimes de la traite des personnes contraintes de commettre des infractions en conséquence directe de la traite dont elles ont fait l’objet',
    ru: 'Меры системы уголовного правосудия в отношении жертв торговли людьми, вынужденных совершать преступления в качестве прямого следствия того, что они стали объектом торговли людьми',
    es: 'Respuestas de la justicia penal a las víctimas de la trata de personas obligadas a cometer delitos como consecuencia directa de haber sido objeto de trata',
  },
  '3': {
    ar: 'أفضل الممارسات في مجال التحقيقات المشتركة والملاحقة القضائية المتخصصة في قضايا الاتجار بالأشخاص',
    zh: '人口贩运案件联合调查和专门起诉方面的最佳做法',
    fr: "Meilleures pratiques en matière d'enquêtes conjointes et de poursuites spécialisées dans les affaires de traite des personnes",
    ru: 'Передовая практика проведения совместных расследований и специализированного уголовного преследования по делам о торговле людьми',
    es: 'Mejores prácticas en materia de investigaciones conjuntas y enjuiciamiento especializado en casos de trata de personas',
  },
  '4': {
    ar: 'المسائل المتعلقة بآلية استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها',
    zh: '与审议《联合国打击跨国有组织犯罪公约》及其各项议定书执行情况机制有关的事项',
    fr: "Questions relatives au Mécanisme d'examen de l'application de la Convention des Nations Unies contre la criminalité transnationale organisée et des Protocoles s'y rapportant",
    ru: 'Вопросы, связанные с Механизмом обзора хода осуществления Конвенции Организации Объединенных Наций против транснациональной организованной преступности и протоколов к ней',
    es: 'Cuestiones relacionadas con el Mecanismo de Examen de la Aplicación de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos',
  },
  '5': { ar: 'مسائل أخرى', zh: '其他事项', fr: 'Questions diverses', ru: 'Прочие вопросы', es: 'Otros asuntos' },
  '6': { ar: 'اعتماد التقرير', zh: '通过报告', fr: 'Adoption du rapport', ru: 'Утверждение доклада', es: 'Aprobación del informe' },
};

/** UN short names by the English name. */
export const DEMO_DELEGATION_NAMES: Record<string, LanguageTexts> = {
  Argentina: { ar: 'الأرجنتين', zh: '阿根廷', fr: 'Argentine', ru: 'Аргентина', es: 'Argentina' },
  Canada: { ar: 'كندا', zh: '加拿大', fr: 'Canada', ru: 'Канада', es: 'Canadá' },
  China: { ar: 'الصين', zh: '中国', fr: 'Chine', ru: 'Китай', es: 'China' },
  Egypt: { ar: 'مصر', zh: '埃及', fr: 'Égypte', ru: 'Египет', es: 'Egipto' },
  France: { ar: 'فرنسا', zh: '法国', fr: 'France', ru: 'Франция', es: 'Francia' },
  Japan: { ar: 'اليابان', zh: '日本', fr: 'Japon', ru: 'Япония', es: 'Japón' },
  Mexico: { ar: 'المكسيك', zh: '墨西哥', fr: 'Mexique', ru: 'Мексика', es: 'México' },
  Nigeria: { ar: 'نيجيريا', zh: '尼日利亚', fr: 'Nigéria', ru: 'Нигерия', es: 'Nigeria' },
  Philippines: { ar: 'الفلبين', zh: '菲律宾', fr: 'Philippines', ru: 'Филиппины', es: 'Filipinas' },
  'South Africa': { ar: 'جنوب أفريقيا', zh: '南非', fr: 'Afrique du Sud', ru: 'Южная Африка', es: 'Sudáfrica' },
  'United States of America': {
    ar: 'الولايات المتحدة الأمريكية',
    zh: '美利坚合众国',
    fr: "États-Unis d'Amérique",
    ru: 'Соединенные Штаты Америки',
    es: 'Estados Unidos de América',
  },
  'European Union': { ar: 'الاتحاد الأوروبي', zh: '欧洲联盟', fr: 'Union européenne', ru: 'Европейский союз', es: 'Unión Europea' },
  'International Organization for Migration': {
    ar: 'المنظمة الدولية للهجرة',
    zh: '国际移民组织',
    fr: 'Organisation internationale pour les migrations',
    ru: 'Международная организация по миграции',
    es: 'Organización Internacional para las Migraciones',
  },
  'Council of Europe': { ar: 'مجلس أوروبا', zh: '欧洲委员会', fr: "Conseil de l'Europe", ru: 'Совет Европы', es: 'Consejo de Europa' },
};
