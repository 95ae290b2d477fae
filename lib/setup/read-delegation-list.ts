import { TRANSLATED_LANGUAGES, TRANSLATED_LANGUAGE_NAMES, type LanguageTexts, type TranslatedLanguage } from '@/lib/meetings/translations';
import { say } from '../i18n/server-sentences';
import { cellOf, findRepeats, listError, type ListError, readColumns } from './list-columns';
import { parseCsv } from './parse-csv';

export const DELEGATION_LIST_KINDS = ['state_party', 'signatory', 'observer', 'group'] as const;
export type DelegationListKind = (typeof DELEGATION_LIST_KINDS)[number];

export interface DelegationListRow {
  line: number;
  name: string;
  shortName: string;
  kind: DelegationListKind;
  /** The name in the other UN languages, from columns such as name_fr, name_zh (header row needed). */
  nameTranslations: LanguageTexts;
}

type NameColumn = `name_${TranslatedLanguage}`;
type Field = 'name' | 'shortName' | 'kind' | NameColumn;

const nameColumn = (language: TranslatedLanguage): NameColumn => `name_${language}`;

const nameAliases = (language: TranslatedLanguage) => [`name ${language}`, `name ${TRANSLATED_LANGUAGE_NAMES[language].toLowerCase()}`];

const COLUMNS: Record<Field, readonly string[]> = {
  name: ['name', 'delegation', 'country', 'full name', 'name en', 'name english'],
  shortName: ['short name', 'short', 'code', 'abbreviation', 'iso', 'iso3'],
  kind: ['kind', 'type', 'status'],
  name_ar: nameAliases('ar'),
  name_zh: nameAliases('zh'),
  name_fr: nameAliases('fr'),
  name_ru: nameAliases('ru'),
  name_es: nameAliases('es'),
};

const KINDS: Record<string, DelegationListKind> = {
  '': 'state_party',
  'state party': 'state_party',
  'state parties': 'state_party',
  'member state': 'state_party',
  party: 'state_party',
  signatory: 'signatory',
  observer: 'observer',
  'observer state': 'observer',
  group: 'group',
  'regional group': 'group',
};

/** Longest name and short name, as the single-delegation form allows. */
const MAX_NAME = 200;
const MAX_SHORT_NAME = 40;

/**
 * A list of delegations, one a line: name, short name, kind (state party if blank); with a header
 * row, columns name_ar, name_zh, name_fr, name_ru, name_es give the name in those languages. Every
 * problem is reported with its line and nothing is kept from a list with problems, so the
 * officer fixes the file and pastes it again.
 */
export function readDelegationList(text: string): { rows: DelegationListRow[]; errors: ListError[] } {
  const { columns, body } = readColumns(parseCsv(text), COLUMNS, ['name', 'shortName', 'kind']);
  const rows: DelegationListRow[] = [];
  const errors: ListError[] = [];
  for (const row of body) {
    const name = cellOf(row, columns, 'name');
    const shortName = cellOf(row, columns, 'shortName');
    const kindText = cellOf(row, columns, 'kind');
    const kind = KINDS[kindText.toLowerCase().replace(/[\s_-]+/g, ' ')];
    const problem = !name
      ? say('server.setup.line.nameMissing', {})
      : !shortName
        ? say('server.setup.line.shortNameMissing', { name })
        : name.length > MAX_NAME
          ? say('server.setup.line.nameTooLong', { max: MAX_NAME })
          : shortName.length > MAX_SHORT_NAME
            ? say('server.setup.line.shortNameTooLong', { max: MAX_SHORT_NAME })
            : !kind
              ? say('server.setup.line.notAKind', { kind: kindText })
              : null;
    const nameTranslations: LanguageTexts = {};
    for (const language of TRANSLATED_LANGUAGES) {
      const translated = cellOf(row, columns, nameColumn(language));
      if (translated) nameTranslations[language] = translated;
    }
    const tooLong = Object.values(nameTranslations).some((text) => text.length > MAX_NAME);
    if (problem || !kind) errors.push(listError(row.line, problem ?? say('server.setup.line.unknownKind', {})));
    else if (tooLong) errors.push(listError(row.line, say('server.setup.line.translatedNameTooLong', { name, max: MAX_NAME })));
    else rows.push({ line: row.line, name, shortName, kind, nameTranslations });
  }
  errors.push(...findRepeats(rows.map((row) => ({ line: row.line, value: row.name })), 'name'));
  errors.push(...findRepeats(rows.map((row) => ({ line: row.line, value: row.shortName })), 'shortName'));
  if (body.length === 0) errors.push(listError(1, say('server.setup.line.emptyDelegations', {})));
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}
