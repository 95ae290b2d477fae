import { countImport } from '@/lib/import/to-new-paragraphs';
import { isImportFailure, type ImportedParagraph, type ImportWarning } from '@/lib/import/types';
import type { DbExecutor } from '@/server/db/client';
import { requireSecretariat } from '@/server/setup/require-secretariat';
import { readImportSource, type ImportSource } from './read-import-source';

export type DraftImportPreview =
  | {
      ok: true;
      source: ImportSource;
      paragraphs: ImportedParagraph[];
      warnings: ImportWarning[];
      counts: { preambular: number; operative: number; brackets: number };
    }
  | { ok: false; source: ImportSource; error: { line: number; message: string } };

/** What the import would create, for the secretariat to check before creating the draft. Nothing is stored. */
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
  const { source, result } = await readImportSource(form);
  if (isImportFailure(result)) return { ok: false, source, error: result.error };
  return { ok: true, source, paragraphs: result.paragraphs, warnings: result.warnings, counts: countImport(result.paragraphs) };
}
