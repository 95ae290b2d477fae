import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MeetingFieldsForm } from '@/components/setup/MeetingFieldsForm';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getDb } from '@/server/db/client';
import { ADMINISTRATORS_ONLY } from '@/server/users/require-administrator';
import { isAdministrator } from '@/server/users/is-administrator';
import { createMeetingAction } from './actions';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  const t = await getTranslations('setup');
  return { title: t('newMeeting') };
}

/** An instance administrator creates a meeting and becomes its secretariat; the action checks again. */
export default async function NewMeetingPage() {
  const user = await requirePageUser('/meetings/new');
  const administrator = await isAdministrator({ db: getDb(), userId: user.id });
  const t = await getTranslations('setup');
  return (
    <section className="setup-page">
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href="/meetings">{t('meetings')}</Link>›<span>{t('newMeeting')}</span>
      </nav>
      <h1>{t('newMeeting')}</h1>
      {administrator ? (
        <>
          <p className="muted">{t('newMeetingIntro')}</p>
          <div className="card setup-section">
            <MeetingFieldsForm action={createMeetingAction} submitLabel={t('createMeeting')} />
          </div>
        </>
      ) : (
        <p role="alert">{ADMINISTRATORS_ONLY}</p>
      )}
    </section>
  );
}
