import { randomUUID } from 'node:crypto';
import { describeParagraph } from '@/lib/import/describe-paragraph';
import type { DraftImportPreview } from '@/lib/import/draft-import-preview';
import { countImport, toNewParagraphs } from '@/lib/import/to-new-paragraphs';
import { isImportFailure } from '@/lib/import/types';
import { renderParagraphText } from '@/lib/negotiation/render';
import type { DbExecutor } from '@/server/db/client';
import { listDelegations } from '@/server/meetings/list-delegations';
import { requireSecretariat } from '@/server/setup/require-secretariat';
import { readImportSource } from './read-import-source';

/**
 * What the import would create, for the secretariat to check before creating the draft. The
 * paragraphs are built exactly as creating the draft builds them and rendered the way the draft
 * will show them. Nothing is stored.
 */
export async function previewDraftImport({
  db,
  userId,
  meetingId,
  form,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  form: FormData;
}): Promise<DraftImportPreview> {
  await requireSecretariat({ db, userId, meetingId });
  const delegations = await listDelegations({ db, meetingId });
  const { source, result } = await readImportSource(form, { delegations });
  if (isImportFailure(result)) return { ok: false, source, error: result.error };
  const built = toNewParagraphs(result.paragraphs, { bracketedBy: userId, newId: randomUUID, delegations });
  const names = new Map(delegations.map((delegation) => [delegation.id, delegation.name]));
  const paragraphs = result.paragraphs.map((paragraph, index) => ({
    ...paragraph,
    text: renderParagraphText(built[index]?.runs ?? [], { names: (id) => names.get(id) ?? id }),
    structure: describeParagraph(paragraph.runs),
  }));
  return { ok: true, source, paragraphs, warnings: result.warnings, counts: countImport(result.paragraphs) };
}
