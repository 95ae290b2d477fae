'use client';

import { getSession } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { IDLE, type SetupActionState } from '@/lib/setup/setup-action-state';

type Action = (previous: SetupActionState, form: FormData) => Promise<SetupActionState>;

/**
 * The one-time password and a new one, twice. After it is saved, the session is read once more
 * so that it drops its "must choose a password" mark (the collaboration websocket reads that
 * mark), then the page the person was going to opens.
 */
export function ChoosePasswordForm({ action, email, next }: { action: Action; email: string; next: string }) {
  const router = useRouter();
  const t = useTranslations('password');
  const [state, dispatch, pending] = useActionState(action, IDLE);

  useEffect(() => {
    if (state.status !== 'ok') return;
    void getSession().then(() => {
      router.replace(next);
      router.refresh();
    });
  }, [state, next, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form className="signin-form" onSubmit={onSubmit} aria-label={t('chooseTitle')} noValidate>
      <input type="hidden" name="username" value={email} autoComplete="username" readOnly />
      <label>
        {t('current')}
        <input name="currentPassword" type="password" autoComplete="current-password" required autoFocus />
      </label>
      <label>
        {t('new')}
        <input name="newPassword" type="password" autoComplete="new-password" required minLength={10} />
      </label>
      <label>
        {t('again')}
        <input name="confirmPassword" type="password" autoComplete="new-password" required minLength={10} />
      </label>
      {state.status === 'error' ? (
        <p className="form-error" role="alert" key={state.at}>
          {state.message}
        </p>
      ) : null}
      {state.status === 'ok' ? (
        <p role="status" key={state.at}>
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={pending || state.status === 'ok'}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
