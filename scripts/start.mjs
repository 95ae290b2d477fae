// `npm start` in one Node process: the build check, then the server through tsx's loader,
// instead of a shell starting `node` for the check and `tsx` (itself a second `node`) for the
// server. Each Node start costs tenths of a second before the first page.
import './ensure-build.mjs';

process.env.NODE_ENV = 'production';
await import('tsx');
await import('../server/main.ts');
