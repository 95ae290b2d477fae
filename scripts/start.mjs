// `npm start` in one Node process: the build check, then the server, instead of a shell starting
// `node` for the check and `tsx` (itself a second `node`) for the server. Each Node start costs
// tenths of a second before the first page. The server runs from the bundle the build check
// keeps up to date (plain JavaScript: no TypeScript loader to load, no file to compile).
import { createRequire } from 'node:module';
import path from 'node:path';
import { SERVER_BUNDLE } from './ensure-build.mjs';

process.env.NODE_ENV = 'production';
// Stack traces name server/*.ts and their lines, as they did under the TypeScript loader.
process.setSourceMapsEnabled(true);
createRequire(import.meta.url)(path.resolve(SERVER_BUNDLE));
