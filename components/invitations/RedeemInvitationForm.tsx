'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { IDLE, type SetupActionState } from '@/lib/setup/setup-action-state';

type Action = (previous: SetupActionState, form: FormData) => Promise<SetupActionState>;

/** The invitation code field; on success, a link to the meeting just joined. */
export function RedeemInvitationForm({ action }: { action: Action }) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const t = useTranslations('invitations');
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.status === 'ok') formRef.current?.reset();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form ref={formRef} className="signin-form" onSubmit={onSubmit} aria-label={t('title')} noValidate>
      <label>
        {t('code')}
        <input name="code" required autoComplete="off" autoCapitalize="characters" spellCheck={false} aria-describedby="invitation-code-format" autoFocus />
      </label>
      <p id="invitation-code-format" className="field-hint">
        {t('codeFormat')}
      </p>
      {state.status === 'error' ? (
        <p className="form-error" role="alert" key={state.at}>
          {state.message}
        </p>
      ) : null}
      {state.status === 'ok' ? (
        <p role="status" key={state.at}>
          {state.message} {state.link ? <Link href={state.link}>{t('open')}</Link> : null}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? t('joining') : t('join')}
      </button>
    </form>
  );
}
