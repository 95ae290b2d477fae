'use client';

import { useTranslations } from 'next-intl';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useServerSentence } from '@/components/shell/use-server-sentence';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import { previewList, type ListKind, type Preview } from './preview-list';
import type { DelegationRow } from './types';

/** An example list: the column values the server reads are English whatever the interface language. */
const EXAMPLES: Record<ListKind, string> = {
  delegations: 'Name,Short name,Kind\nMexico,MEX,State party\n"Korea, Republic of",KOR,\nEuropean Union,EU,Group',
  participants: 'Email,Name,Role,Delegation\nana.garcia@mission.example,Ms. Ana García,Delegate,MEX\nbo.chen@un.example,Mr. Bo Chen,Chair,',
};

/**
 * A whole list at once, pasted or read from a .csv file: previewed here line by line with its
 * problems, then saved in one go. The server reads the list again and applies every rule, so the
 * preview is a help, never the check.
 */
export function ListImport({ kind, action, delegations }: { kind: ListKind; action: BoundSetupAction; delegations: DelegationRow[] }) {
  const [text, setText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const preview = useMemo(() => (text.trim() === '' ? null : previewList(kind, text, delegations)), [kind, text, delegations]);
  const t = useTranslations('setup.list');
  const exampleId = useId();
  const count = preview?.rows.length ?? 0;
  const blocked = !preview || preview.errors.length > 0 || count === 0;

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > 200_000) {
      setFileProblem(t('fileTooLarge', { file: file.name }));
      return;
    }
    setFileProblem(null);
    setText(await file.text());
  }

  return (
    <details className="setup-list-import">
      <summary>{t(`summary.${kind}`)}</summary>
      <ActionForm action={action} className="setup-list-form" label={t(`label.${kind}`)} onSuccess={() => setText('')}>
        {(pending) => (
          <>
            <p className="muted">
              {t(`columns.${kind}`)} {t('separators')}
            </p>
            <label>
              {t('csvFile')}
              <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(event) => void readFile(event)} />
            </label>
            {fileProblem ? <p className="setup-message setup-message-error">{fileProblem}</p> : null}
            <label>
              {t('list')}
              <textarea name="list" rows={8} value={text} onChange={(event) => setText(event.target.value)} aria-describedby={exampleId} spellCheck={false} />
            </label>
            <div id={exampleId} className="field-hint">
              {t('example')}
              <pre className="setup-list-example">{EXAMPLES[kind]}</pre>
            </div>
            {preview ? <ListPreview preview={preview} /> : null}
            <button type="submit" className="button-primary" disabled={pending || blocked}>
              {count === 0 ? t(`saveNone.${kind}`) : t(`save.${kind}`, { count })}
            </button>
          </>
        )}
      </ActionForm>
    </details>
  );
}

function ListPreview({ preview }: { preview: Preview }) {
  const t = useTranslations('setup.list');
  const wordServer = useServerSentence();
  return (
    <div className="setup-list-preview" data-testid="list-preview">
      {preview.errors.length > 0 ? (
        <div className="setup-message setup-message-error" role="alert">
          <p>{t('problems', { count: preview.errors.length })}</p>
          <ul className="setup-list-errors">
            {preview.errors.map((problem, index) => (
              <li key={index}>
                {t('lineProblem', { line: problem.line, message: problem.sentence ? wordServer(problem.sentence, problem.message) : problem.message })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.rows.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              {preview.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
