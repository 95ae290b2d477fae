import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The Debian tools export tests open files with. A missing tool fails the test with the
 * package to install — never a skip, so that CI cannot pass without really checking.
 */

function requireTool(command: string, debianPackage: string): void {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
  } catch {
    throw new Error(`${command} is not installed: apt-get install -y ${debianPackage}`);
  }
}

function withTempFile<T>(name: string, content: Buffer, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-export-'));
  const file = path.join(dir, name);
  try {
    writeFileSync(file, content);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The Akoma Ntoso 3.0 schema kept in the repository (server/exports/akn/schema/), so validation
 * needs neither a sibling checkout nor the network: its xml.xsd import resolves beside it.
 */
export function aknSchemaPath(): string {
  const schema = path.resolve(__dirname, '..', '..', 'server', 'exports', 'akn', 'schema', 'akomantoso30.xsd');
  if (!existsSync(schema)) throw new Error(`Akoma Ntoso schema not found at ${schema}: restore server/exports/akn/schema/ from git`);
  return schema;
}

/** xmllint's verdict: { valid, output } where output holds the validation messages. */
export function validateAkn(xml: Buffer): { valid: boolean; output: string } {
  requireTool('xmllint', 'libxml2-utils');
  const schema = aknSchemaPath();
  return withTempFile('export.akn.xml', xml, (file) => {
    // xmllint reports "<file> validates" (or the errors) on stderr; the exit status is the verdict.
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
  });
}

/**
 * The PDF's text as pdftotext extracts it: raw order by default, so that lines read as they were
 * written; `raw: false` for reading order, which puts right-to-left lines in logical order.
 * Pages are separated by form feeds.
 */
export function pdfText(pdf: Buffer, { raw = true }: { raw?: boolean } = {}): string {
  requireTool('pdftotext', 'poppler-utils');
  const args = ['-enc', 'UTF-8', ...(raw ? ['-raw'] : [])];
  return withTempFile('export.pdf', pdf, (file) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** pdffonts' table: which fonts the PDF embeds. */
export function pdfFonts(pdf: Buffer): string {
  requireTool('pdffonts', 'poppler-utils');
  return withTempFile('export.pdf', pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
}

/**
 * The .docx converted to PDF by LibreOffice (headless, with a profile of its own so that it never
 * meets another soffice running on the machine): what a reader without Word sees.
 */
export function docxToPdf(docx: Buffer): Buffer {
  requireTool('soffice', 'libreoffice-writer-nogui');
  return withTempFile('export.docx', docx, (file) => {
    const dir = path.dirname(file);
    const profile = `file://${path.join(dir, 'profile')}`;
    const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const pdf = path.join(dir, 'export.pdf');
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert the .docx: ${result.stdout}${result.stderr}`);
    return readFileSync(pdf);
  });
}

/** The number of pages pdfinfo reports. */
export function pdfPageCount(pdf: Buffer): number {
  requireTool('pdfinfo', 'poppler-utils');
  const info = withTempFile('export.pdf', pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}
