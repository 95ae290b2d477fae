/**
 * `npm run bench -- <name>` runs bench/<name>.ts. Each benchmark prints a one-line summary and,
 * as its last line, one JSON object, and compares against a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const name = process.argv[2];
const available = readdirSync(__dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'run.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''));

if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>   (one of: ${available.join(', ')})`);
  process.exit(2);
}

void import(pathToFileURL(path.join(__dirname, `${name}.ts`)).href);
