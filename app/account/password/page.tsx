import { redirect } from 'next/navigation';
import { ChoosePasswordForm } from '@/components/auth/ChoosePasswordForm';
import { getSessionUser } from '@/server/auth/get-session-user';
import { isPasswordChangeRequired } from '@/server/auth/password-change-required';
import { safeCallbackUrl } from '@/server/auth/safe-callback-url';
import { getDb } from '@/server/db/client';
import { choosePasswordAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Choose your password' };

/**
 * Where every page sends an account that still has the one-time password a secretariat gave
 * it; the page it came from follows once the password is chosen. Also open to anyone who
 * simply wants to change theirs.
 */
export default async function ChoosePasswordPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackUrl(callbackUrl);
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/account/password?callbackUrl=${encodeURIComponent(next)}`)}`);
  const required = await isPasswordChangeRequired({ db: getDb(), userId: user.id });
  return (
    <section className="signin">
      <h1>{required ? 'Choose your password' : 'Change your password'}</h1>
      {required ? (
        <p className="muted" role="note">
          You signed in with the one-time password the secretariat gave you. Choose your own password before you continue: until then,
          Concord lets this account do nothing else.
        </p>
      ) : null}
      <ChoosePasswordForm action={choosePasswordAction} email={user.email} next={next} />
    </section>
  );
}
