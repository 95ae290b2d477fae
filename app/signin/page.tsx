import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/SignInForm';
import { getSessionUser } from '@/server/auth/get-session-user';
import { safeCallbackUrl } from '@/server/auth/safe-callback-url';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = safeCallbackUrl(callbackUrl);
  if (await getSessionUser()) redirect(safeCallback);
  return (
    <section className="signin">
      <h1>Sign in to Concord</h1>
      <p className="muted">Negotiate draft recommendations paragraph by paragraph.</p>
      <SignInForm callbackUrl={safeCallback} />
    </section>
  );
}
