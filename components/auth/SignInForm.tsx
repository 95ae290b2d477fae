'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const t = useTranslations('signIn');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(readableError(result?.error ?? undefined, t));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form className="signin-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? t('signingIn') : t('submit')}
      </button>
    </form>
  );
}

function readableError(code: string | undefined, t: (key: 'wrongCredentials' | 'failed') => string): string {
  if (!code || code === 'CredentialsSignin') return t('wrongCredentials');
  if (code.startsWith('Too many') || code.startsWith('The email') || code.startsWith('The service')) return code;
  return t('failed');
}
