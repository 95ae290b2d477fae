import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { getSessionUser } from '@/server/auth/get-session-user';
import { safeCallbackUrl } from '@/server/auth/safe-callback-url';

export async function generateMetadata() {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = safeCallbackUrl(callbackUrl);
  if (await getSessionUser()) redirect(safeCallback);
  const t = await getTranslations('signIn');
  return (
    <section className="signin">
      <h1>{t('heading')}</h1>
      <p className="muted">{t('tagline')}</p>
      <SignInForm callbackUrl={safeCallback} />
    </section>
  );
}
