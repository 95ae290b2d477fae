'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE, type SetupActionState } from '@/lib/setup/setup-action-state';

export type BoundSetupAction = (previous: SetupActionState, form: FormData) => Promise<SetupActionState>;

/**
 * A form posting to a setup server action, with its outcome shown next to it. Submitted through
 * onSubmit rather than the form's `action` prop so that React does not clear what the officer
 * typed when the server refuses it. `confirm` asks before destructive changes.
 */
export function ActionForm({
  action,
  children,
  className,
  confirm,
  resetOnSuccess = false,
  onSuccess,
  label,
}: {
  action: BoundSetupAction;
  children: (pending: boolean) => ReactNode;
  className?: string;
  confirm?: string;
  resetOnSuccess?: boolean;
  /** Called once per successful outcome, e.g. to clear state the form does not own. */
  onSuccess?: () => void;
  /** Accessible name of the form, e.g. "Agenda item 2". */
  label?: string;
}) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);

  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });
  useEffect(() => {
    if (state.status !== 'ok') return;
    if (resetOnSuccess) formRef.current?.reset();
    onSuccessRef.current?.();
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    startTransition(() => dispatch(data));
  }

  return (
    <form ref={formRef} className={className} onSubmit={onSubmit} aria-label={label} noValidate>
      {children(pending)}
      <ActionMessage state={state} />
    </form>
  );
}

function ActionMessage({ state }: { state: SetupActionState }) {
  const t = useTranslations('setup');
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return (
      <div className="setup-message setup-message-error" role="alert" key={state.at}>
        <p>{state.message}</p>
        {state.lines && state.lines.length > 0 ? (
          <ul className="setup-list-errors" data-testid="list-errors">
            {state.lines.map((problem, index) => (
              <li key={index}>
                {t('lineProblem', { line: problem.line, message: problem.message })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return (
    <div className="setup-message setup-message-ok" role="status" key={state.at}>
      <p>{state.message}</p>
      {state.secret ? (
        <p className="setup-secret">
          {state.secret.includes('\n') ? <pre data-testid="initial-passwords">{state.secret}</pre> : <code data-testid="initial-password">{state.secret}</code>}
          <button type="button" className="button-quiet button-small" onClick={() => void navigator.clipboard?.writeText(state.secret ?? '')}>
            {t('copy')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
