import * as Y from 'yjs';
import type { DbExecutor } from '@/server/db/client';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { AppError } from '@/server/http/app-error';
import { getRevision } from './get-revision';
import type { RevisionSummary } from '@/lib/revisions/revision-summary';
import { englishOf, say } from '@/lib/i18n/server-sentences';

/** "current", or a revision id of the draft. */
export type DraftVersionRef = 'current' | (string & {});

export interface DraftVersion {
  /** The caller destroys it. */
  doc: Y.Doc;
  /** "Current text" or the revision's name. */
  name: string;
  revision: RevisionSummary | null;
}

/** The draft's document as it is now, or as a revision recorded it. 404 for an unknown revision. */
export async function loadDraftVersion({
  db,
  draftId,
  ref,
}: {
  db: DbExecutor;
  draftId: string;
  ref: DraftVersionRef;
}): Promise<DraftVersion> {
  if (ref === 'current') {
    const { doc } = await loadDraftDoc({ db, draftId });
    return { doc, name: englishOf(say('server.revisions.currentText', {})), revision: null };
  }
  const revision = await getRevision({ db, draftId, revisionId: ref });
  if (!revision) throw new AppError('not_found', say('server.revisions.noSuchRevision', {}));
  const { state, ...summary } = revision;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return { doc, name: summary.name, revision: summary };
}
