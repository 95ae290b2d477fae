import { getServerSession } from 'next-auth';
import { authOptions } from './auth-options';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

/** The signed-in user of the current request (route handler, server component or action). */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name ?? '', email: user.email ?? '' };
}
