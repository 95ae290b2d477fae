import type { CrpModel } from '@/lib/exports/crp-model';
import { EXPORT_FORMAT_INFO, isExportFormat, type ExportFormat } from '@/lib/exports/export-formats';
import type { IssueOptions } from '@/lib/exports/issue-options';
import { symbolFileStem } from '@/lib/exports/symbols';
import { can } from '@/lib/negotiation/policy';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { DbExecutor } from '@/server/db/client';
import { resolveDraftAccess } from '@/server/drafts/resolve-draft-access';
import { AppError } from '@/server/http/app-error';
import { buildCrpModel } from './build-crp-model';
import { exportAknXml } from './export-akn-xml';
import { exportCleanDocx } from './export-clean-docx';
import { exportCleanTxt } from './export-clean-txt';
import { exportCrpDocx } from './export-crp-docx';
import { exportCrpPdf } from './export-crp-pdf';
import { exportTrackedDocx } from './export-tracked-docx';
import { say } from '@/lib/i18n/server-sentences';

export interface DraftExport {
  body: Buffer;
  contentType: string;
  filename: string;
  /** What the paper prints in English for want of a translation ("venue", "delegation Mexico"). */
  untranslated: string[];
}

const WRITERS: Record<ExportFormat, (model: CrpModel, attribution: boolean) => Buffer | Promise<Buffer>> = {
  'crp.docx': (model, attribution) => exportCrpDocx(model, { attribution }),
  'crp.pdf': (model, attribution) => exportCrpPdf(model, { attribution }),
  'tracked.docx': (model) => exportTrackedDocx(model),
  'clean.docx': (model) => exportCleanDocx(model),
  'clean.txt': (model) => exportCleanTxt(model),
  'akn.xml': (model) => exportAknXml(model),
};

/**
 * One export of a draft (or of one of its revisions) for a signed-in user: members of the
 * meeting other than viewers (policy `export`). Records who exported what in the audit log.
 */
export async function exportDraft({
  db,
  userId,
  draftId,
  format,
  revisionId = null,
  attribution = true,
  issue = {},
  now = new Date(),
}: {
  db: DbExecutor;
  userId: string;
  draftId: string;
  format: string;
  revisionId?: string | null;
  attribution?: boolean;
  /** Issue date and CRP number: the secretariat's to choose (it issues the paper). */
  issue?: IssueOptions;
  now?: Date;
}): Promise<DraftExport> {
  if (!isExportFormat(format)) {
    throw new AppError('not_found', say('server.exports.unknownFormat', { format, formats: Object.keys(EXPORT_FORMAT_INFO).join(', ') }));
  }
  const access = await resolveDraftAccess({ db, userId, draftId });
  if (!access) throw new AppError('not_found', say('server.http.noSuchDraft', {}));
  if (!can({ userId, role: access.role, delegationId: access.delegationId }, 'export')) {
    throw new AppError('forbidden', say('server.http.refused.export', {}));
  }
  const chosen = issue.date !== undefined || issue.number !== undefined;
  if (chosen && !can({ userId, role: access.role, delegationId: access.delegationId }, 'issueCrp')) {
    throw new AppError('forbidden', say('server.exports.issueSecretariatOnly', {}));
  }
  const info = EXPORT_FORMAT_INFO[format];
  const withNames = attribution || !info.attributable;
  const model = await buildCrpModel({ db, draftId, revisionId, now, issue });
  const body = await WRITERS[format](model, withNames);
  await recordAuditEvent({
    db,
    event: {
      meetingId: access.meetingId,
      draftId,
      userId,
      delegationId: access.delegationId,
      action: 'draft.export',
      details: {
        format,
        revisionId,
        attribution: withNames,
        ...(chosen ? { symbol: model.draft.symbol, date: model.date } : {}),
        ...(model.untranslated.length > 0 ? { untranslated: model.untranslated } : {}),
      },
    },
  });
  const stem = `${symbolFileStem(model.draft.symbol)}${withNames ? '' : '-unattributed'}`;
  return { body, contentType: info.contentType, filename: `${stem}${info.suffix}`, untranslated: model.untranslated };
}
