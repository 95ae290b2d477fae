import { randomUUID } from 'node:crypto';
import { describeParagraph, type ParagraphStructure } from '@/lib/import/describe-paragraph';
import { countImport, toNewParagraphs, type ImportCounts } from '@/lib/import/to-new-paragraphs';
import { isImportFailure, type ImportedParagraph, type ImportWarning } from '@/lib/import/types';
import { renderParagraphText } from '@/lib/negotiation/render';
import type { DbExecutor } from '@/server/db/client';
import { listDelegations } from '@/server/meetings/list-delegations';
import { requireSecretariat } from '@/server/setup/require-secretariat';
import { readImportSource, type ImportSource } from './read-import-source';

export interface PreviewParagraph extends ImportedParagraph {
  /** The paragraph as the draft will show it, with brackets, alternatives, options and attributions. */
  text: string;
  structure: ParagraphStructure;
}

export type DraftImportPreview =
  | {
      ok: true;
      source: ImportSource;
      paragraphs: PreviewParagraph[];
      warnings: ImportWarning[];
      counts: ImportCounts;
    }
  | { ok: false; source: ImportSource; error: { line: number; message: string } };

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
