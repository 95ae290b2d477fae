import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ChoosePasswordForm } from '@/components/auth/ChoosePasswordForm';
import { getSessionUser } from '@/server/auth/get-session-user';
import { isPasswordChangeRequired } from '@/server/auth/password-change-required';
import { safeCallbackUrl } from '@/server/auth/safe-callback-url';
import { getDb } from '@/server/db/client';
import { choosePasswordAction } from './actions';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  const t = await getTranslations('password');
  return { title: t('chooseTitle') };
}

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
  const t = await getTranslations('password');
  return (
    <section className="signin">
      <h1>{required ? t('chooseTitle') : t('changeTitle')}</h1>
      {required ? (
        <p className="muted" role="note">
          {t('oneTimeNote')}
        </p>
      ) : null}
      <ChoosePasswordForm action={choosePasswordAction} email={user.email} next={next} />
    </section>
  );
}
