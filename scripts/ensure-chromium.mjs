// Makes sure a Chromium exists for the end-to-end tests: Playwright's own if installed, else
// Debian's /usr/bin/chromium, installing the Debian package when it is missing and we are root.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

const own = process.env.CHROMIUM_PATH ?? (await playwrightChromium());
if (own && existsSync(own)) process.exit(0);
if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('[concord] Chromium is missing; installing Debian\'s chromium package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  process.exit(0);
}
console.error('Chromium is needed for the end-to-end tests: run `sudo apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.');
process.exit(1);
