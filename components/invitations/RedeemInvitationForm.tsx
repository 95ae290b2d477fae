'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { IDLE, type SetupActionState } from '@/lib/setup/setup-action-state';

type Action = (previous: SetupActionState, form: FormData) => Promise<SetupActionState>;

/** The invitation code field; on success, a link to the meeting just joined. */
export function RedeemInvitationForm({ action }: { action: Action }) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
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
    <form ref={formRef} className="signin-form" onSubmit={onSubmit} aria-label="Join a meeting" noValidate>
      <label>
        Invitation code
        <input name="code" required autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="ABCD-EFGH-JKLM-NPQR" autoFocus />
      </label>
      {state.status === 'error' ? (
        <p className="form-error" role="alert" key={state.at}>
          {state.message}
        </p>
      ) : null}
      {state.status === 'ok' ? (
        <p role="status" key={state.at}>
          {state.message} {state.link ? <Link href={state.link}>Open the meeting</Link> : null}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? 'Joining…' : 'Join the meeting'}
      </button>
    </form>
  );
}
