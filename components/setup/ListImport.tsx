'use client';

import { useMemo, useState, type ChangeEvent } from 'react';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import { previewList, type ListKind, type Preview } from './preview-list';
import type { DelegationRow } from './types';

const HELP: Record<ListKind, { columns: string; example: string; noun: [string, string] }> = {
  delegations: {
    columns: 'One delegation a line: name, short name, kind (state party if left blank; or signatory, observer, group).',
    example: 'Name,Short name,Kind\nMexico,MEX,State party\n"Korea, Republic of",KOR,\nEuropean Union,EU,Group',
    noun: ['delegation', 'delegations'],
  },
  participants: {
    columns:
      'One person a line: email, name, role (delegate if left blank; or observer, viewer, chair, secretariat), delegation (its name or short name). An email that already has a Concord account is invited instead, with a code.',
    example: 'Email,Name,Role,Delegation\nana.garcia@mission.example,Ms. Ana García,Delegate,MEX\nbo.chen@un.example,Mr. Bo Chen,Chair,',
    noun: ['participant', 'participants'],
  },
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
  const help = HELP[kind];
  const count = preview?.rows.length ?? 0;
  const blocked = !preview || preview.errors.length > 0 || count === 0;

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > 200_000) {
      setFileProblem(`${file.name} is larger than 200 kB; split the list into parts.`);
      return;
    }
    setFileProblem(null);
    setText(await file.text());
  }

  return (
    <details className="setup-list-import">
      <summary>Add a list of {help.noun[1]} (paste or CSV file)</summary>
      <ActionForm action={action} className="setup-list-form" label={`Add a list of ${help.noun[1]}`} onSuccess={() => setText('')}>
        {(pending) => (
          <>
            <p className="muted">{help.columns} Commas, semicolons or tabs separate the columns; a first line of column names is optional.</p>
            <label>
              CSV file
              <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(event) => void readFile(event)} />
            </label>
            {fileProblem ? <p className="setup-message setup-message-error">{fileProblem}</p> : null}
            <label>
              List
              <textarea name="list" rows={8} value={text} onChange={(event) => setText(event.target.value)} placeholder={help.example} spellCheck={false} />
            </label>
            {preview ? <ListPreview preview={preview} /> : null}
            <button type="submit" className="button-primary" disabled={pending || blocked}>
              {count === 0 ? `Save the ${help.noun[1]}` : `Save ${count} ${count === 1 ? help.noun[0] : help.noun[1]}`}
            </button>
          </>
        )}
      </ActionForm>
    </details>
  );
}

function ListPreview({ preview }: { preview: Preview }) {
  return (
    <div className="setup-list-preview" data-testid="list-preview">
      {preview.errors.length > 0 ? (
        <div className="setup-message setup-message-error" role="alert">
          <p>
            {preview.errors.length === 1 ? '1 problem' : `${preview.errors.length} problems`} to fix before saving:
          </p>
          <ul className="setup-list-errors">
            {preview.errors.map((problem, index) => (
              <li key={index}>
                Line {problem.line}: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.rows.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Line</th>
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
