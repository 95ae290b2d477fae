import Link from 'next/link';
import { SignOutButton } from '@/components/auth/SignOutButton';

export function AppHeader({ userName }: { userName: string | null }) {
  return (
    <header className="app-header">
      <Link href="/meetings" className="brand" aria-label="Concord — your meetings">
        <span className="brand-mark" aria-hidden>
          ◎
        </span>
        Concord
      </Link>
      {userName ? (
        <div className="app-header-user">
          <span>{userName}</span>
          <SignOutButton />
        </div>
      ) : null}
    </header>
  );
}
