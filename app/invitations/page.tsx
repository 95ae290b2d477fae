import { RedeemInvitationForm } from '@/components/invitations/RedeemInvitationForm';
import { requirePageUser } from '@/server/auth/require-page-user';
import { redeemInvitationAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Join a meeting' };

/**
 * Where the owner of an existing account accepts a meeting's invitation. Signing in first is
 * the point: the code joins the account it was issued to, and only its owner can sign in.
 */
export default async function JoinMeetingPage() {
  const user = await requirePageUser('/invitations');
  return (
    <section className="signin">
      <h1>Join a meeting</h1>
      <p className="muted">
        A meeting&apos;s secretariat invited {user.email} and gave you an invitation code. Enter it here to take part in that meeting.
      </p>
      <RedeemInvitationForm action={redeemInvitationAction} />
    </section>
  );
}
