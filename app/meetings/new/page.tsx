import Link from 'next/link';
import { MeetingFieldsForm } from '@/components/setup/MeetingFieldsForm';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getDb } from '@/server/db/client';
import { ADMINISTRATORS_ONLY } from '@/server/users/require-administrator';
import { isAdministrator } from '@/server/users/is-administrator';
import { createMeetingAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'New meeting' };

/** An instance administrator creates a meeting and becomes its secretariat; the action checks again. */
export default async function NewMeetingPage() {
  const user = await requirePageUser('/meetings/new');
  const administrator = await isAdministrator({ db: getDb(), userId: user.id });
  return (
    <section className="setup-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/meetings">Meetings</Link>›<span>New meeting</span>
      </nav>
      <h1>New meeting</h1>
      {administrator ? (
        <>
          <p className="muted">You will be the meeting&apos;s secretariat: you then add its agenda, programme of work, delegations and participants.</p>
          <div className="card setup-section">
            <MeetingFieldsForm action={createMeetingAction} submitLabel="Create meeting" />
          </div>
        </>
      ) : (
        <p role="alert">{ADMINISTRATORS_ONLY}</p>
      )}
    </section>
  );
}
