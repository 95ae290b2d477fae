import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { countImport, toNewParagraphs } from '@/lib/import/to-new-paragraphs';
import { isImportFailure } from '@/lib/import/types';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { DbExecutor } from '@/server/db/client';
import { drafts, type Draft } from '@/server/db/schema';
import { createDraft } from '@/server/drafts/create-draft';
import { AppError } from '@/server/http/app-error';
import { listDelegations } from '@/server/meetings/list-delegations';
import { findAgendaItem } from '@/server/setup/find-agenda-item';
import { requireSecretariat } from '@/server/setup/require-secretariat';
import type { DraftFields } from '@/server/setup/setup-inputs';
import { readImportSource } from './read-import-source';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Creates a draft under an agenda item from imported text. The text is parsed again here, from
 * the same upload the preview saw: the initial document is built on the server and never taken
 * from a client. Brackets are placed by the importing officer; an attribution that names a
 * delegation of the meeting is linked to it.
 */
export async function createImportedDraft({
  db,
  userId,
  meetingId,
  fields,
  form,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  fields: DraftFields;
  form: FormData;
}): Promise<Draft> {
  await requireSecretariat({ db, userId, meetingId });
  const delegations = await listDelegations({ db, meetingId });
  const { source, result } = await readImportSource(form, { delegations });
  if (isImportFailure(result)) throw new AppError('bad_request', result.error.sentence ?? result.error.message);
  const initialState = buildDraftState(toNewParagraphs(result.paragraphs, { bracketedBy: userId, newId: randomUUID, delegations }));
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const item = await findAgendaItem({ db: tx, meetingId, itemId: fields.agendaItemId });
    if (fields.symbol) {
      const [clash] = await tx
        .select({ title: drafts.title })
        .from(drafts)
        .where(and(eq(drafts.meetingId, meetingId), eq(drafts.symbol, fields.symbol)))
        .limit(1);
      if (clash) throw new AppError('conflict', say('server.import.symbolTaken', { symbol: fields.symbol, title: clash.title }));
    }
    const draft = await createDraft({
      db: tx,
      meetingId,
      agendaItemId: item.id,
      title: fields.title,
      symbol: fields.symbol,
      originalLanguage: fields.originalLanguage,
      initialState,
    });
    await recordAuditEvent({
      db: tx,
      event: {
        meetingId,
        draftId: draft.id,
        userId,
        action: 'draft.create',
        details: { source: source.description, kind: source.kind, paragraphs: result.paragraphs.length, ...countImport(result.paragraphs), warnings: result.warnings.length },
      },
    });
    return draft;
  });
}
