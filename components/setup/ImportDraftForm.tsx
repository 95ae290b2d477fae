'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { UN_LANGUAGE_NAMES, UN_LANGUAGES } from '@/lib/import/languages';
import type { DraftImportPreview } from '@/lib/import/draft-import-preview';
import { ImportPreview } from './ImportPreview';

const MAX_BYTES = 5 * 1024 * 1024;

type Source = 'paste' | 'file';
type PreviewState = { kind: 'none' } | { kind: 'loading' } | { kind: 'shown'; preview: DraftImportPreview } | { kind: 'failed'; message: string };

/**
 * A new draft under an agenda item, from pasted or uploaded text. The server parses the text for
 * the preview and again when creating, so what is created is what the server read, not what this
 * page shows; any change to the text hides the preview until it is previewed again.
 */
export function ImportDraftForm({
  meetingId,
  agendaItems,
  defaultItemId,
  suggestedSymbol,
}: {
  meetingId: string;
  agendaItems: Array<{ id: string; number: string; title: string }>;
  defaultItemId: string | null;
  suggestedSymbol: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [source, setSource] = useState<Source>('paste');
  const [preview, setPreview] = useState<PreviewState>({ kind: 'none' });
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const base = `/api/meetings/${meetingId}/setup/drafts`;

  const sourceChanged = () => {
    setPreview({ kind: 'none' });
    setCreateError(null);
  };

  function chooseSource(next: Source) {
    setSource(next);
    sourceChanged();
  }

  function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    sourceChanged();
    const file = event.currentTarget.files?.[0];
    if (file && file.size > MAX_BYTES) setPreview({ kind: 'failed', message: `"${file.name}" is larger than 5 MiB.` });
  }

  function sourceData(): FormData | null {
    const form = formRef.current;
    if (!form) return null;
    const all = new FormData(form);
    const data = new FormData();
    if (source === 'paste') {
      data.set('text', String(all.get('text') ?? ''));
      data.set('format', String(all.get('format') ?? 'text'));
    } else {
      const file = all.get('file');
      if (file instanceof File && file.size > 0) data.set('file', file);
    }
    return data;
  }

  async function onPreview() {
    const data = sourceData();
    if (!data) return;
    setPreview({ kind: 'loading' });
    const response = await post(`${base}/preview`, data);
    setPreview(response.ok ? { kind: 'shown', preview: response.body as DraftImportPreview } : { kind: 'failed', message: response.message });
  }

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = sourceData();
    if (!data || !formRef.current) return;
    const fields = new FormData(formRef.current);
    for (const key of ['agendaItemId', 'title', 'symbol', 'originalLanguage']) data.set(key, String(fields.get(key) ?? ''));
    setCreating(true);
    setCreateError(null);
    const response = await post(base, data);
    if (!response.ok) {
      setCreating(false);
      setCreateError(response.message);
      return;
    }
    router.push((response.body as { draft: { url: string } }).draft.url);
  }

  const shown = preview.kind === 'shown' ? preview.preview : null;
  return (
    <form ref={formRef} className="setup-form" onSubmit={(event) => void onCreate(event)} noValidate>
      <div className="card setup-section setup-grid">
        <label className="setup-wide">
          Agenda item
          <select name="agendaItemId" defaultValue={defaultItemId ?? ''} required>
            <option value="" disabled>
              Choose an item…
            </option>
            {agendaItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.number}. {item.title}
              </option>
            ))}
          </select>
        </label>
        <label className="setup-wide">
          Title
          <input name="title" required placeholder="Draft recommendations on …" />
        </label>
        <label>
          Symbol
          <input name="symbol" defaultValue={suggestedSymbol} />
        </label>
        <label>
          Original language
          <select name="originalLanguage" defaultValue="en">
            {UN_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {UN_LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="card setup-section import-source">
        <legend>Text of the draft</legend>
        <div className="import-tabs" role="radiogroup" aria-label="Source">
          <label className="toggle">
            <input type="radio" name="source" checked={source === 'paste'} onChange={() => chooseSource('paste')} /> Paste text
          </label>
          <label className="toggle">
            <input type="radio" name="source" checked={source === 'file'} onChange={() => chooseSource('file')} /> Upload a file
          </label>
        </div>
        {source === 'paste' ? (
          <>
            <label>
              Text
              <textarea name="text" rows={14} onChange={sourceChanged} placeholder={'PP1 Recalling …,\n\n1. Requests the secretariat [to report] …;\n1 bis. …'} />
            </label>
            <label className="inline-label">
              Format
              <select name="format" defaultValue="text" onChange={sourceChanged}>
                <option value="text">Plain text</option>
                <option value="markdown">Markdown</option>
              </select>
            </label>
          </>
        ) : (
          <label>
            File (.docx, .txt or .md, up to 5 MiB)
            <input name="file" type="file" accept=".docx,.txt,.md" onChange={onFileChange} />
          </label>
        )}
        <p className="muted import-help">
          Number every paragraph: &quot;PP1&quot;, &quot;PP 2&quot;, &quot;OP 3&quot;, &quot;1.&quot;, &quot;3 bis&quot;, &quot;3之二&quot;. Sub-items such as &quot;(a)&quot;
          and options (&quot;Option 1: …&quot;, &quot;Option 2: No text.&quot;) stay in their paragraph. Brackets keep their nesting and alternatives
          ([a][b], [a / b]); an attribution after a bracket, such as &quot;(Egypt)&quot;, is kept with it. In a Word file, paragraphs numbered by Word
          are numbered in order.
        </p>
        <div className="setup-actions">
          <button type="button" className="button-quiet" onClick={() => void onPreview()} disabled={preview.kind === 'loading'}>
            {preview.kind === 'loading' ? 'Reading…' : 'Preview'}
          </button>
        </div>
      </fieldset>

      {preview.kind === 'failed' ? (
        <p className="form-error" role="alert">
          {preview.message}
        </p>
      ) : null}
      {shown && !shown.ok ? (
        <p className="form-error" role="alert" data-testid="import-error">
          {shown.error.message}
        </p>
      ) : null}
      {shown && shown.ok ? <ImportPreview paragraphs={shown.paragraphs} warnings={shown.warnings} counts={shown.counts} /> : null}

      {createError ? (
        <p className="form-error" role="alert">
          {createError}
        </p>
      ) : null}
      <div className="setup-actions">
        <button type="submit" className="button-primary" disabled={!shown?.ok || creating}>
          {creating ? 'Creating…' : 'Create draft'}
        </button>
        {!shown?.ok ? <span className="muted">Preview the text first.</span> : null}
      </div>
    </form>
  );
}

async function post(url: string, data: FormData): Promise<{ ok: true; body: unknown } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { method: 'POST', body: data });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, body };
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    return { ok: false, message: message ?? `The server answered ${response.status}.` };
  } catch {
    return { ok: false, message: 'The server could not be reached. Nothing was changed.' };
  }
}
