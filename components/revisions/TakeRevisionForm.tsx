'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useServerSentence } from '@/components/shell/use-server-sentence';
import { useEffect, useState } from 'react';

/** Chair and secretariat: name the current text ("Rev.1" suggested) and store it as a revision. */
export function TakeRevisionForm({ draftId, suggestedName }: { draftId: string; suggestedName: string }) {
  const router = useRouter();
  const t = useTranslations('revisions');
  const wordServer = useServerSentence();
  const [name, setName] = useState(suggestedName);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After a revision is taken the page refreshes with the next suggestion ("Rev.2"): offer it.
  useEffect(() => setName(suggestedName), [suggestedName]);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/drafts/${draftId}/revisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, note }),
      });
      const json = (await response.json()) as { revision?: { name: string }; error?: { message: string; key?: string; params?: unknown } };
      if (!response.ok || !json.revision) {
        setError(json.error ? wordServer(json.error, json.error.message) : t('serverAnswered', { status: response.status }));
        return;
      }
      setTaken(json.revision.name);
      setNote('');
      router.refresh();
    } catch {
      setError(t('unreachable'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card take-revision"
      aria-label={t('take')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('take')}</h2>
      <p className="muted">{t('takeIntro')}</p>
      <div className="take-revision-fields">
        <label>
          {t('name')}
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={40} required />
        </label>
        <label className="take-revision-note">
          {t('noteOptional')}
          <input value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} placeholder={t('notePlaceholder')} />
        </label>
        <button type="submit" className="button-primary" disabled={busy || name.trim() === ''}>
          {t('takeButton')}
        </button>
      </div>
      {taken ? (
        <p className="take-revision-done" role="status">
          {t('takenDone', { name: taken })}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
