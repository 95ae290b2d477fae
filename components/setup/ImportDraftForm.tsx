'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { UN_LANGUAGES } from '@/lib/import/languages';
import type { DraftImportPreview } from '@/lib/import/draft-import-preview';
import { ImportPreview } from './ImportPreview';
import { useServerSentence, type SaidByServer } from '@/components/shell/use-server-sentence';

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
  const t = useTranslations('setup.import');
  const tLanguages = useTranslations('languages');
  const wordServer = useServerSentence();
  const failures: PostFailures = { answered: (status) => t('serverAnswered', { status }), unreachable: t('unreachable'), word: wordServer };
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
    const response = await post(`${base}/preview`, data, failures);
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
    const response = await post(base, data, failures);
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
          {t('agendaItem')}
          <select name="agendaItemId" defaultValue={defaultItemId ?? ''} required>
            <option value="" disabled>
              {t('chooseItem')}
            </option>
            {agendaItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.number}. {item.title}
              </option>
            ))}
          </select>
        </label>
        <label className="setup-wide">
          {t('title')}
          <input name="title" required />
        </label>
        <label>
          {t('symbol')}
          <input name="symbol" defaultValue={suggestedSymbol} />
        </label>
        <label>
          {t('originalLanguage')}
          <select name="originalLanguage" defaultValue="en">
            {UN_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {tLanguages(language)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="card setup-section import-source">
        <legend>{t('textOfDraft')}</legend>
        <div className="import-tabs" role="radiogroup" aria-label={t('source')}>
          <label className="toggle">
            <input type="radio" name="source" checked={source === 'paste'} onChange={() => chooseSource('paste')} /> {t('pasteText')}
          </label>
          <label className="toggle">
            <input type="radio" name="source" checked={source === 'file'} onChange={() => chooseSource('file')} /> {t('uploadFile')}
          </label>
        </div>
        {source === 'paste' ? (
          <>
            <label>
              {t('text')}
              <textarea name="text" rows={14} onChange={sourceChanged} aria-describedby="import-help" />
            </label>
            <label className="inline-label">
              {t('format')}
              <select name="format" defaultValue="text" onChange={sourceChanged}>
                <option value="text">{t('plainText')}</option>
                <option value="markdown">Markdown</option>
              </select>
            </label>
          </>
        ) : (
          <label>
            {t('file')}
            <input name="file" type="file" accept=".docx,.txt,.md" onChange={onFileChange} />
          </label>
        )}
        <p className="muted import-help" id="import-help">
          {t('help')}
        </p>
        <div className="setup-actions">
          <button type="button" className="button-quiet" onClick={() => void onPreview()} disabled={preview.kind === 'loading'}>
            {preview.kind === 'loading' ? t('reading') : t('preview')}
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
          {shown.error.sentence ? wordServer(shown.error.sentence, shown.error.message) : shown.error.message}
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
          {creating ? t('creating') : t('create')}
        </button>
        {!shown?.ok ? <span className="muted">{t('previewFirst')}</span> : null}
      </div>
    </form>
  );
}

interface PostFailures {
  answered: (status: number) => string;
  unreachable: string;
  /** The server's sentence in the reader's language (its English when the page does not know it). */
  word: (said: SaidByServer, english: string) => string;
}

async function post(url: string, data: FormData, failures: PostFailures): Promise<{ ok: true; body: unknown } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { method: 'POST', body: data });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, body };
    const error = (body as { error?: { message?: string; key?: unknown; params?: unknown } } | null)?.error;
    return { ok: false, message: error?.message ? failures.word(error, error.message) : failures.answered(response.status) };
  } catch {
    return { ok: false, message: failures.unreachable };
  }
}
