/**
 * The export formats of a draft, as they appear in the download URL
 * GET /api/drafts/:draftId/export/:format (docs/PROTOCOL.md).
 */

export const EXPORT_FORMATS = ['crp.docx', 'tracked.docx', 'clean.docx', 'clean.txt', 'crp.pdf', 'akn.xml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  label: string;
  contentType: string;
  /** Appended to the symbol in the file name. */
  suffix: string;
  /** Whether `attribution=0` applies. */
  attributable: boolean;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  'crp.docx': { label: 'CRP (Word)', contentType: DOCX, suffix: '.docx', attributable: true },
  'crp.pdf': { label: 'CRP (PDF)', contentType: 'application/pdf', suffix: '.pdf', attributable: true },
  'tracked.docx': { label: 'Word with tracked changes', contentType: DOCX, suffix: '-tracked.docx', attributable: false },
  'clean.docx': { label: 'Agreed text (Word)', contentType: DOCX, suffix: '-agreed.docx', attributable: false },
  'clean.txt': { label: 'Agreed text (plain text)', contentType: 'text/plain; charset=utf-8', suffix: '-agreed.txt', attributable: false },
  'akn.xml': { label: 'Akoma Ntoso XML', contentType: 'application/akn+xml; charset=utf-8', suffix: '.akn.xml', attributable: false },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The download URL of a draft's export; `revisionId` for a revision, `attribution: false` for the unattributed CRP. */
export function exportUrl(draftId: string, format: ExportFormat, options: { revisionId?: string | null; attribution?: boolean } = {}): string {
  const query = new URLSearchParams();
  if (options.revisionId) query.set('revision', options.revisionId);
  if (options.attribution === false && EXPORT_FORMAT_INFO[format].attributable) query.set('attribution', '0');
  const search = query.toString();
  return `/api/drafts/${encodeURIComponent(draftId)}/export/${format}${search ? `?${search}` : ''}`;
}
