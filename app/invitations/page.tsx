import { getTranslations } from 'next-intl/server';
import { RedeemInvitationForm } from '@/components/invitations/RedeemInvitationForm';
import { requirePageUser } from '@/server/auth/require-page-user';
import { redeemInvitationAction } from './actions';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  const t = await getTranslations('invitations');
  return { title: t('title') };
}

/**
 * Where the owner of an existing account accepts a meeting's invitation. Signing in first is
 * the point: the code joins the account it was issued to, and only its owner can sign in.
 */
export default async function JoinMeetingPage() {
  const user = await requirePageUser('/invitations');
  const t = await getTranslations('invitations');
  return (
    <section className="signin">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro', { email: user.email })}</p>
      <RedeemInvitationForm action={redeemInvitationAction} />
    </section>
  );
}
