import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { CrpModel } from '@/lib/exports/crp-model';
import { textsInLanguage, untranslatedDelegations, type DelegationWithNames } from '@/lib/exports/paper-language';
import { cleanLanguageTexts, type LanguageTexts } from '@/lib/meetings/translations';
import { conventionWords } from '@/lib/negotiation/convention-words';
import { describeCrpParagraphs } from '@/lib/exports/crp-paragraphs';
import { mastheadLanguage } from '@/lib/exports/masthead-words';
import { withCrpNumber, type IssueOptions } from '@/lib/exports/issue-options';
import { withRevisionSuffix, xmlSafe } from '@/lib/exports/symbols';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems, drafts, meetings, type Draft, type Meeting } from '@/server/db/schema';
import { getDraft } from '@/server/drafts/get-draft';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { AppError } from '@/server/http/app-error';
import { listDelegations } from '@/server/meetings/list-delegations';
import { getRevision } from '@/server/revisions/get-revision';
import { loadCrpComments } from './load-crp-comments';
import { toMeetingFields } from '@/server/meetings/to-meeting-fields';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Reads everything a conference room paper needs — meeting, agenda item, delegations, the
 * draft's document (current, or as of a revision) and the comments — into one plain model.
 * Throws AppError('not_found') for an unknown draft or a revision of another draft.
 */
export async function buildCrpModel({
  db,
  draftId,
  revisionId,
  now = new Date(),
  issue = {},
}: {
  db: DbExecutor;
  draftId: string;
  revisionId?: string | null;
  now?: Date;
  /** The issue date and CRP number the secretariat chose; by default the day of export (or the revision's) and the next free number. */
  issue?: IssueOptions;
}): Promise<CrpModel> {
  const draft = await getDraft({ db, draftId });
  if (!draft) throw new AppError('not_found', say('server.exports.noSuchDraft', {}));
  const revision = revisionId ? await getRevision({ db, draftId, revisionId }) : null;
  if (revisionId && !revision) throw new AppError('not_found', say('server.exports.noSuchRevision', {}));
  const asOf = revision ? revision.createdAt : now;

  const [meeting, agendaItem, delegationRows, comments, symbol] = await Promise.all([
    loadMeeting(db, draft.meetingId),
    draft.agendaItemId ? loadAgendaItem(db, draft.agendaItemId) : Promise.resolve(null),
    listDelegations({ db, meetingId: draft.meetingId }),
    loadCrpComments({ db, draftId, asOf }),
    crpSymbol(db, draft).then((symbol) => (issue.number ? withCrpNumber(symbol, issue.number) : symbol)),
  ]);
  const language = mastheadLanguage(draft.originalLanguage);
  const chair = conventionWords(language).chair;
  const withNames: DelegationWithNames[] = [
    ...delegationRows.map((row) => ({ id: row.id, name: row.name, shortName: row.shortName, kind: row.kind, nameTranslations: cleanLanguageTexts(row.nameTranslations) })),
    { id: CHAIR_DELEGATION, name: chair, shortName: chair, kind: 'chair' },
  ];
  const texts = textsInLanguage({ language, meeting: toMeetingFields(meeting), agendaItem, delegations: withNames });
  const delegations = texts.delegations;

  const doc = revision ? docFromState(revision.state) : (await loadDraftDoc({ db, draftId })).doc;
  try {
    const { paragraphs, generalComments, named } = describeCrpParagraphs(doc, delegations, comments, language);
    const untranslated = [...texts.untranslated, ...untranslatedDelegations(language, named, withNames)];
    return {
      meeting: texts.meeting,
      draft: {
        id: draft.id,
        title: xmlSafe(draft.title),
        symbol: revision ? withRevisionSuffix(symbol, revision.name) : symbol,
        originalLanguage: draft.originalLanguage,
        language,
      },
      agendaItem: texts.agendaItem,
      revision: revision ? { id: revision.id, name: revision.name, createdAt: revision.createdAt.toISOString() } : null,
      date: issue.date ?? asOf.toISOString().slice(0, 10),
      delegations: [...delegations.values()],
      paragraphs,
      generalComments,
      untranslated: untranslated.map((word) => word.english),
      untranslatedWords: untranslated,
    };
  } finally {
    doc.destroy();
  }
}

function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

async function loadMeeting(db: DbExecutor, meetingId: string): Promise<Meeting> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId)).limit(1);
  if (!meeting) throw new AppError('not_found', say('server.exports.meetingGone', {}));
  return meeting;
}

async function loadAgendaItem(db: DbExecutor, agendaItemId: string): Promise<{ number: string; title: string; titleTranslations: LanguageTexts } | null> {
  const [item] = await db
    .select({ number: agendaItems.number, title: agendaItems.title, titleTranslations: agendaItems.titleTranslations })
    .from(agendaItems)
    .where(eq(agendaItems.id, agendaItemId))
    .limit(1);
  return item ? { ...item, titleTranslations: cleanLanguageTexts(item.titleTranslations) } : null;
}

/**
 * The draft's own symbol, or `${symbolPrefix}/CRP.n` with n its place among the meeting's
 * drafts, moved on past any number another draft's own symbol already uses (the next free one).
 */
async function crpSymbol(db: DbExecutor, draft: Draft): Promise<string> {
  if (draft.symbol?.trim()) return draft.symbol.trim();
  const [meeting] = await db.select({ prefix: meetings.symbolPrefix }).from(meetings).where(eq(meetings.id, draft.meetingId));
  const siblings = await db
    .select({ id: drafts.id, symbol: drafts.symbol })
    .from(drafts)
    .where(eq(drafts.meetingId, draft.meetingId))
    .orderBy(asc(drafts.createdAt), asc(drafts.id));
  const taken = new Set(siblings.flatMap((sibling) => (sibling.id !== draft.id && sibling.symbol ? [/CRP\.(\d+)/.exec(sibling.symbol)?.[1]] : [])).map(Number));
  let n = Math.max(siblings.findIndex((sibling) => sibling.id === draft.id) + 1, 1);
  while (taken.has(n)) n += 1;
  return `${meeting?.prefix ?? 'CRP'}/CRP.${n}`;
}
