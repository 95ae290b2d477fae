import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null; image?: string | null; mustChangePassword?: boolean };
  }
  interface User {
    mustChangePassword?: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The account still has a one-time password; refreshed from the database while set. */
    mustChangePassword?: boolean;
  }
}
