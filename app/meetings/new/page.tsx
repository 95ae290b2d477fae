import Link from 'next/link';
import { redirect } from 'next/navigation';
import { MeetingFieldsForm } from '@/components/setup/MeetingFieldsForm';
import { getSessionUser } from '@/server/auth/get-session-user';
import { createMeetingAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'New meeting' };

/** Any signed-in user may create a meeting; they become its secretariat (docs/ARCHITECTURE.md, "Meeting setup"). */
export default async function NewMeetingPage() {
  const user = await getSessionUser();
  if (!user) redirect('/signin?callbackUrl=/meetings/new');
  return (
    <section className="setup-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/meetings">Meetings</Link>›<span>New meeting</span>
      </nav>
      <h1>New meeting</h1>
      <p className="muted">You will be the meeting&apos;s secretariat: you then add its agenda, programme of work, delegations and participants.</p>
      <div className="card setup-section">
        <MeetingFieldsForm action={createMeetingAction} submitLabel="Create meeting" />
      </div>
    </section>
  );
}
