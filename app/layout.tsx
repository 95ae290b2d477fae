import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import './globals.css';
import '@/components/editor/editor.css';
import '@/components/comments/comments.css';
import '@/components/revisions/revisions.css';
import '@/components/setup/setup.css';
import { paletteStyleSheet } from '@/components/editor/delegation-palette';
import { AppHeader } from '@/components/shell/AppHeader';
import { asLocale, directionOf } from '@/lib/i18n/locales';
import { getSessionUser } from '@/server/auth/get-session-user';
import { chooseLanguageAction } from './language/actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shell');
  return {
    title: { default: 'Concord', template: '%s · Concord' },
    description: t('description'),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, requested, t] = await Promise.all([getSessionUser(), getLocale(), getTranslations('shell')]);
  const locale = asLocale(requested);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        {/* React hoists this into <head>; one rule per delegation colour (delegation-palette.ts). */}
        <style href="delegation-palette" precedence="default">
          {paletteStyleSheet()}
        </style>
        <NextIntlClientProvider>
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          <AppHeader userName={user?.name ?? null} chooseLanguage={chooseLanguageAction} />
          <main className="page" id="main" tabIndex={-1}>
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
