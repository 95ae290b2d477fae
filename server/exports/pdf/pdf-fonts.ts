import * as fontkit from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Fonts embedded in the PDF. Noto ships in npm packages that `npm ci` installs on any machine:
 * @embedpdf/fonts-latin (Noto Sans: Latin, Cyrillic, Greek), @embedpdf/fonts-sc (Noto Sans
 * Hans: Chinese) and @embedpdf/fonts-arabic (Noto Naskh Arabic). If a package is missing, Debian's
 * fonts-noto-core / fonts-noto-cjk / fonts-dejavu-core are tried; the last resort for Latin is
 * pdfkit's built-in Helvetica (which cannot show Chinese or Arabic — the exporter then says so
 * in the server log rather than failing the download). Files are read once per process.
 */

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type Script = 'latin' | 'cjk' | 'arabic';

export interface FontSource {
  /** A file path, or one of pdfkit's standard font names. */
  file: string;
  /** For a collection (.ttc), the face's PostScript name. */
  family?: string;
  /** Read on first use. */
  data?: Buffer;
  /**
   * The parsed font, kept for the life of the process: parsing a face and warming its layout
   * tables cost more than laying out a whole CRP, and pdfkit takes a parsed font as it is.
   */
  parsed?: ParsedFont;
}

/** A fontkit font, as pdfkit accepts it in place of a file or buffer. */
export interface ParsedFont {
  layout: (...args: never[]) => unknown;
}

/** The parsed font of a source (parsed once), or null for pdfkit's standard fonts. */
export function parsedFont(source: FontSource): ParsedFont | null {
  if (!source.data) return null;
  source.parsed ??= fontkit.create(source.data, source.family) as unknown as ParsedFont;
  return source.parsed;
}

interface Candidate {
  npm?: { package: string; file: string };
  system?: string;
  family?: string;
}

const CANDIDATES: Record<Script, Partial<Record<FontFace, Candidate[]>>> = {
  latin: {
    regular: [{ npm: { package: '@embedpdf/fonts-latin', file: 'NotoSans-Regular.ttf' } }, { system: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' }],
    bold: [{ npm: { package: '@embedpdf/fonts-latin', file: 'NotoSans-Bold.ttf' } }, { system: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' }],
    italic: [{ npm: { package: '@embedpdf/fonts-latin', file: 'NotoSans-Italic.ttf' } }, { system: '/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf' }],
    boldItalic: [{ npm: { package: '@embedpdf/fonts-latin', file: 'NotoSans-BoldItalic.ttf' } }, { system: '/usr/share/fonts/truetype/noto/NotoSans-BoldItalic.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf' }],
  },
  cjk: {
    regular: [
      { npm: { package: '@embedpdf/fonts-sc', file: 'NotoSansHans-Regular.otf' } },
      { system: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
    ],
    bold: [
      { npm: { package: '@embedpdf/fonts-sc', file: 'NotoSansHans-Bold.otf' } },
      { system: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', family: 'NotoSansCJKsc-Bold' },
    ],
  },
  arabic: {
    regular: [{ npm: { package: '@embedpdf/fonts-arabic', file: 'NotoNaskhArabic-Regular.ttf' } }, { system: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf' }],
    bold: [{ npm: { package: '@embedpdf/fonts-arabic', file: 'NotoNaskhArabic-Bold.ttf' } }, { system: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf' }],
  },
};

const STANDARD_FALLBACK: Record<FontFace, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
};

const resolved = new Map<string, FontSource | null>();

/** The npm package's font directory: next to its main entry (the packages export only "."). */
function packageFontDir(packageName: string): string[] {
  const dirs: string[] = [];
  try {
    const main = createRequire(path.join(process.cwd(), 'package.json')).resolve(packageName);
    dirs.push(path.join(path.dirname(main), '..', 'fonts'));
  } catch {
    // Not resolvable from here (e.g. bundled); the plain node_modules path below may still exist.
  }
  dirs.push(path.join(process.cwd(), 'node_modules', packageName, 'fonts'));
  return dirs;
}

function locate(candidate: Candidate): FontSource | null {
  const files = candidate.npm ? packageFontDir(candidate.npm.package).map((dir) => path.join(dir, candidate.npm?.file ?? '')) : [candidate.system ?? ''];
  const file = files.find((entry) => entry && existsSync(entry));
  return file ? { file, family: candidate.family } : null;
}

/** The font for a script and face, falling back to the regular face, then (Latin only) to Helvetica. */
export function fontSource(script: Script, face: FontFace): FontSource | null {
  const key = `${script}:${face}`;
  if (resolved.has(key)) return resolved.get(key) ?? null;
  let source: FontSource | null = null;
  for (const candidate of CANDIDATES[script][face] ?? []) {
    source = locate(candidate);
    if (source) break;
  }
  if (!source && face !== 'regular') source = fontSource(script, face === 'boldItalic' ? 'bold' : 'regular');
  if (!source && script === 'latin') {
    console.warn(`[concord] PDF export: no Unicode font found for ${face}; using ${STANDARD_FALLBACK[face]} (Latin-1 only). Run npm ci.`);
    source = { file: STANDARD_FALLBACK[face] };
  }
  if (source && source.file.startsWith('/') && !source.data) source.data = readFileSync(source.file);
  resolved.set(key, source);
  return source;
}

/** Which script's font a character needs; 'neutral' characters (spaces, digits, . , :) are in every font. */
export function scriptOf(codePoint: number): Script | 'neutral' {
  if (codePoint === 0x20 || (codePoint >= 0x30 && codePoint <= 0x39) || codePoint === 0x2e || codePoint === 0x2c || codePoint === 0x3a) {
    return 'neutral';
  }
  if (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7af) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f)
  ) {
    return 'cjk';
  }
  if ((codePoint >= 0x0600 && codePoint <= 0x08ff) || (codePoint >= 0xfb50 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff)) {
    return 'arabic';
  }
  return 'latin';
}

/**
 * Splits text into runs of one font. Neutral characters stay with the run they are in (so that
 * "29 يونيو 2022" or "2022年6月" is one run, which right alignment needs). With `primary` 'cjk'
 * (a Chinese paper), Latin text is set in the Chinese font too, which covers it.
 */
export function splitByScript(text: string, primary: Script = 'latin'): { script: Script; text: string }[] {
  const runs: { script: Script; text: string }[] = [];
  let pending = '';
  for (const char of text) {
    const found = scriptOf(char.codePointAt(0) ?? 0);
    if (found === 'neutral') {
      const last = runs[runs.length - 1];
      if (last) last.text += char;
      else pending += char;
      continue;
    }
    const script = primary === 'cjk' && found === 'latin' ? 'cjk' : found;
    const last = runs[runs.length - 1];
    if (last && last.script === script) last.text += char;
    else runs.push({ script, text: pending + char });
    pending = '';
  }
  if (pending) runs.push({ script: primary, text: pending });
  return runs;
}
