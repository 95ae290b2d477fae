import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import '@/components/editor/editor.css';
import '@/components/comments/comments.css';
import '@/components/revisions/revisions.css';
import '@/components/setup/setup.css';
import { paletteStyleSheet } from '@/components/editor/delegation-palette';
import { AppHeader } from '@/components/shell/AppHeader';
import { getSessionUser } from '@/server/auth/get-session-user';

export const metadata: Metadata = {
  title: { default: 'Concord', template: '%s · Concord' },
  description: 'Line-by-line negotiation of draft recommendations',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body>
        {/* React hoists this into <head>; one rule per delegation colour (delegation-palette.ts). */}
        <style href="delegation-palette" precedence="default">
          {paletteStyleSheet()}
        </style>
        <AppHeader userName={user?.name ?? null} />
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
