import { useTranslations } from 'next-intl';
import { useSentenceWords } from '@/components/shell/use-sentence-words';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportUrl } from '@/lib/exports/export-formats';
import type { UntranslatedWord } from '@/lib/exports/untranslated-words';

export interface ExportMenuProps {
  draftId: string;
  /** Export this revision instead of the current text. */
  revisionId?: string | null;
  /** False for viewers (policy `export`): the menu is not shown. The server checks again. */
  canExport: boolean;
  /** True for the secretariat, which issues the CRP: a form to choose its date and number. */
  canIssue?: boolean;
  /** What the CRP would print in English for want of a translation (told to the secretariat). */
  untranslated?: UntranslatedWord[];
}

/**
 * The draft's downloads as plain links (no client JavaScript): a <details> disclosure listing
 * every format, plus the CRP without attribution. Each link is the documented export URL,
 * so what a person clicks is what a script fetches.
 */
export function ExportMenu({ draftId, revisionId = null, canExport, canIssue = false, untranslated = [] }: ExportMenuProps) {
  const t = useTranslations('exports');
  const tShell = useTranslations('shell');
  const word = useSentenceWords();
  if (!canExport) return null;
  // A format added later without a translation yet shows its English name rather than a key.
  const labelOf = (key: string, english: string) => (t.has(`format.${key}`) ? t(`format.${key}`) : english);
  const links = [
    ...EXPORT_FORMATS.map((format) => ({ href: exportUrl(draftId, format, { revisionId }), label: labelOf(format, EXPORT_FORMAT_INFO[format].label), key: format })),
    { href: exportUrl(draftId, 'crp.docx', { revisionId, attribution: false }), label: t('unattributedWord'), key: 'crp.docx-unattributed' },
    { href: exportUrl(draftId, 'crp.pdf', { revisionId, attribution: false }), label: t('unattributedPdf'), key: 'crp.pdf-unattributed' },
  ];
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>{t('summary')}</summary>
      <ul role="list">
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href} download data-testid={`export-${link.key}`}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {canIssue && untranslated.length > 0 ? (
        <p className="notice" data-testid="export-untranslated">
          {t('untranslated', { list: untranslated.map((entry) => word(entry.sentence, entry.english)).join(tShell('listSeparator')) })}
        </p>
      ) : null}
      {canIssue ? <IssueForm draftId={draftId} revisionId={revisionId} /> : null}
    </details>
  );
}

/**
 * Issue the CRP with a chosen date and number: a GET form, so the fields become the export
 * URL's `date` and `number` (empty fields: today and the next free number). The server checks both.
 */
function IssueForm({ draftId, revisionId }: { draftId: string; revisionId: string | null }) {
  const t = useTranslations('exports.issue');
  return (
    <form method="get" action={exportUrl(draftId, 'crp.docx')} className="export-issue" data-testid="export-issue">
      {revisionId ? <input type="hidden" name="revision" value={revisionId} /> : null}
      <label>
        {t('date')} <input type="date" name="date" data-testid="export-issue-date" />
      </label>
      <label>
        {t('number')} <input type="number" name="number" min={1} max={999} step={1} inputMode="numeric" data-testid="export-issue-number" />
      </label>
      <button type="submit" formAction={exportUrl(draftId, 'crp.docx')}>
        {t('word')}
      </button>
      <button type="submit" formAction={exportUrl(draftId, 'crp.pdf')}>
        {t('pdf')}
      </button>
    </form>
  );
}
