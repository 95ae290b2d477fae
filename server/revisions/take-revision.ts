import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { can } from '@/lib/negotiation/policy';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { Database } from '@/server/db/client';
import { revisions } from '@/server/db/schema';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { AppError } from '@/server/http/app-error';
import { parseRequest } from '@/server/http/parse-request';
import type { RevisionSummary } from '@/lib/revisions/revision-summary';
import { newRevisionInput, type NewRevisionRequest } from './revision-input';
import { suggestRevisionName } from './suggest-revision-name';
import { say } from '@/lib/i18n/server-sentences';

const UNIQUE_VIOLATION = '23505';

/**
 * Takes a named revision ("Rev.1") of the draft: the complete state as stored in the database,
 * which holds every accepted update before it is broadcast, so the revision is never behind
 * what the room saw. Chair and secretariat only.
 */
export async function takeRevision({
  db,
  access,
  user,
  input,
}: {
  db: Database;
  access: DraftAccess;
  user: { id: string; name: string };
  input: NewRevisionRequest;
}): Promise<RevisionSummary> {
  const actor = { userId: user.id, role: access.role, delegationId: access.delegationId };
  if (!can(actor, 'takeRevision')) throw new AppError('forbidden', say('server.http.refused.takeRevision', {}));
  const request = parseRequest(newRevisionInput, input);
  const draftId = access.draft.id;
  let name = request.name ?? '';
  try {
    return await db.transaction(async (tx) => {
      const taken = await tx.select({ name: revisions.name }).from(revisions).where(eq(revisions.draftId, draftId));
      name = request.name || suggestRevisionName(taken.map((row) => row.name));
      const { doc } = await loadDraftDoc({ db: tx, draftId });
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      const [row] = await tx
        .insert(revisions)
        .values({ draftId, name, note: request.note || null, state, createdBy: user.id })
        .returning();
      if (!row) throw new Error('revision was not stored');
      await recordAuditEvent({
        db: tx,
        event: {
          meetingId: access.meetingId,
          draftId,
          userId: user.id,
          delegationId: null,
          action: 'revision',
          details: { revisionId: row.id, name },
        },
      });
      return {
        id: row.id,
        draftId,
        name: row.name,
        note: row.note,
        createdAt: row.createdAt,
        createdBy: { id: user.id, name: user.name },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', say('server.revisions.nameTaken', { name }));
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // drizzle wraps the driver's error; look through `cause`.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if ((current as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
