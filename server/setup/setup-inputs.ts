import { z } from 'zod';
import { UN_LANGUAGES } from '@/lib/import/languages';
import {
  TRANSLATED_LANGUAGES,
  cleanLanguageTexts,
  cleanMeetingTranslations,
  readLanguageTexts,
  readMeetingTranslations,
  type LanguageTexts,
  type MeetingTranslations,
} from '@/lib/meetings/translations';
import { ROLES } from '@/lib/negotiation/roles';
import { DELEGATION_KINDS } from '@/server/db/schema';

/**
 * What the secretariat may send when setting up a meeting, validated at the boundary (server
 * actions and route handlers) before any server/setup function runs. Empty optional fields
 * arrive from forms as "" and are stored as null.
 */

const required = (what: string, max = 300) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `${what} is too long (at most ${max} characters).`);

const optional = (max = 300) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

const isoDate = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${what} must be a date (YYYY-MM-DD).`);

/**
 * Texts in the other UN languages arrive from forms as "venue_fr", "name_zh"… fields and from
 * JSON as an object; either way they are gathered under one key before validation.
 */
function gather<T>(key: string, fromForm: (raw: Record<string, unknown>) => T, clean: (value: unknown) => T) {
  return (raw: unknown) => {
    if (!raw || typeof raw !== 'object') return raw;
    const entries = raw as Record<string, unknown>;
    return { ...entries, [key]: key in entries ? clean(entries[key]) : fromForm(entries) };
  };
}

const TEXT_MAX = 1000;
const languageTexts = z
  .partialRecord(z.enum(TRANSLATED_LANGUAGES), z.string().max(TEXT_MAX, `A translation is too long (at most ${TEXT_MAX} characters).`))
  .transform((texts): LanguageTexts => texts);
const meetingTranslations = z
  .partialRecord(z.enum(TRANSLATED_LANGUAGES), z.partialRecord(z.enum(['title', 'body', 'subsidiaryBody', 'venue']), z.string().max(TEXT_MAX)))
  .transform((translations): MeetingTranslations => translations);

const meetingObject = z
  .object({
    title: required('The title'),
    body: required('The body', 500),
    subsidiaryBody: optional(500),
    session: optional(),
    venue: required('The venue'),
    startsOn: isoDate('The first day'),
    endsOn: isoDate('The last day'),
    symbolPrefix: required('The document symbol prefix', 100),
    agendaSymbol: optional(100),
    translations: meetingTranslations.optional(),
  })
  .refine((fields) => fields.endsOn >= fields.startsOn, { message: 'The last day cannot be before the first day.', path: ['endsOn'] });
export const meetingFieldsInput = z.preprocess(gather('translations', readMeetingTranslations, cleanMeetingTranslations), meetingObject);
export type MeetingFields = z.output<typeof meetingFieldsInput>;

export const agendaItemInput = z.preprocess(
  gather('titleTranslations', (raw) => readLanguageTexts(raw, 'title'), cleanLanguageTexts),
  z.object({
    number: required('The item number', 20),
    title: required('The item title', 1000),
    titleTranslations: languageTexts.optional(),
  }),
);
export type AgendaItemFields = z.output<typeof agendaItemInput>;

/** "1(a), 1(b), 2" as typed in the programme form → ["1(a)", "1(b)", "2"]. */
const itemList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : (value ?? '').split(','))
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

export const programmeSlotInput = z.object({
  day: isoDate('The day'),
  startsAt: required('The start time', 40),
  endsAt: required('The end time', 40),
  items: itemList,
  continuedItems: itemList,
  note: optional(500),
});
export type ProgrammeSlotFields = z.output<typeof programmeSlotInput>;

export const delegationInput = z.preprocess(
  gather('nameTranslations', (raw) => readLanguageTexts(raw, 'name'), cleanLanguageTexts),
  z.object({
    name: required('The name', 200),
    shortName: required('The short name', 40),
    nameTranslations: languageTexts.optional(),
    kind: z.enum(DELEGATION_KINDS, { message: 'Choose the kind of delegation.' }),
  }),
);
export type DelegationFields = z.output<typeof delegationInput>;

const delegationRef = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null));

export const participantInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
  name: required('The name', 200),
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  delegationId: delegationRef,
});
export type ParticipantFields = z.output<typeof participantInput>;

export const membershipChangeInput = z.object({
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  delegationId: delegationRef,
});
export type MembershipChange = z.output<typeof membershipChangeInput>;

export const draftFieldsInput = z.object({
  agendaItemId: z.string().trim().min(1, 'Choose the agenda item the draft is under.'),
  title: required('The title', 1000),
  symbol: optional(100),
  originalLanguage: z.enum(UN_LANGUAGES, { message: 'Choose the original language.' }),
});
export type DraftFields = z.output<typeof draftFieldsInput>;
