// Makes sure the system tools the tests need exist, installing Debian's packages when they are
// missing and we are root; otherwise prints the one command to run.
//  - Chromium for the end-to-end tests: Playwright's own if installed, else /usr/bin/chromium.
//  - xmllint (libxml2-utils) to validate Akoma Ntoso exports, pdftotext (poppler-utils) to read PDFs.
//  - redis-server for the scale-out tests, which run two collaboration instances over Redis.
//  - LibreOffice (libreoffice-writer-nogui) to open the CRP .docx as Word users will and render it.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

function onPath(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

const missing = [];
const chromium = process.env.CHROMIUM_PATH ?? (await playwrightChromium());
if (!(chromium && existsSync(chromium)) && !existsSync('/usr/bin/chromium')) missing.push('chromium');
if (!onPath('xmllint')) missing.push('libxml2-utils');
if (!onPath('pdftotext')) missing.push('poppler-utils');
if (!onPath('redis-server')) missing.push('redis-server');
if (!onPath('soffice')) missing.push('libreoffice-writer-nogui');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`[concord] installing Debian packages the tests need: ${missing.join(' ')}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  process.exit(0);
}
console.error(`The tests need these Debian packages: sudo apt-get install -y ${missing.join(' ')}`);
process.exit(1);
