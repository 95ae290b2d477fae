import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SignOutButton } from '@/components/auth/SignOutButton';
import { LanguageSwitcher } from './LanguageSwitcher';

export async function AppHeader({ userName, chooseLanguage }: { userName: string | null; chooseLanguage: (form: FormData) => Promise<void> }) {
  const t = await getTranslations('shell');
  return (
    <header className="app-header">
      <Link href="/meetings" className="brand" aria-label={t('brandLabel')}>
        <span className="brand-mark" aria-hidden>
          ◎
        </span>
        Concord
      </Link>
      <div className="app-header-user">
        <LanguageSwitcher action={chooseLanguage} />
        {userName ? (
          <>
            <span>{userName}</span>
            <SignOutButton />
          </>
        ) : null}
      </div>
    </header>
  );
}
