import * as fontkit from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Fonts embedded in the PDF, serif as UN papers are set. Noto ships in npm packages that `npm ci`
 * installs on any machine: @expo-google-fonts/noto-serif (Latin, Cyrillic, Greek),
 * @expo-google-fonts/noto-serif-sc (Chinese) and @embedpdf/fonts-arabic (Noto Naskh Arabic); the
 * @embedpdf sans faces stand in if a serif package is missing, then Debian's
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
  source.parsed ??= withLayoutCache(fontkit.create(source.data, source.family) as unknown as ParsedFont);
  return source.parsed;
}

interface GlyphRunLike {
  glyphs: unknown[];
  positions: Array<Record<string, number>>;
}

/** Words kept per font face; a long-running server keeps the commonest ones. */
const LAYOUT_CACHE_SIZE = 20_000;

/**
 * pdfkit shapes text word by word and caches the words per document only, so every paper shaped
 * every word again: shaping was most of the PDF's time. This keeps the shaped words of the plain
 * (feature-less) layout for the process. pdfkit scales the positions it is given in place, so
 * each call gets its own copy of them; glyphs are only read.
 */
function withLayoutCache(font: ParsedFont): ParsedFont {
  const layout = font.layout.bind(font) as (text: string, features?: unknown) => GlyphRunLike;
  const cache = new Map<string, GlyphRunLike>();
  const cached = (text: string, features?: unknown): GlyphRunLike => {
    if (features !== undefined) return layout(text, features);
    let run = cache.get(text);
    if (!run) {
      const fresh = layout(text);
      run = { glyphs: fresh.glyphs, positions: fresh.positions.map((position) => ({ ...position })) };
      if (cache.size >= LAYOUT_CACHE_SIZE) cache.clear();
      cache.set(text, run);
    }
    const positions = run.positions.map((position) => ({ ...position }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, position) => sum + (position.xAdvance ?? 0), 0);
      },
    } as GlyphRunLike;
  };
  (font as unknown as { layout: typeof cached }).layout = cached;
  return font;
}

interface Candidate {
  npm?: { package: string; file: string };
  system?: string;
  family?: string;
}

const serif = (weight: string) => ({ npm: { package: '@expo-google-fonts/noto-serif', file: `${weight}/NotoSerif_${weight}.ttf` } });
const serifSc = (weight: string) => ({ npm: { package: '@expo-google-fonts/noto-serif-sc', file: `${weight}/NotoSerifSC_${weight}.ttf` } });
const embedpdf = (pkg: string, file: string) => ({ npm: { package: `@embedpdf/${pkg}`, file: `fonts/${file}` } });

/** Serif first, as UN papers are set; the sans faces and system fonts only if a package is missing. */
const CANDIDATES: Record<Script, Partial<Record<FontFace, Candidate[]>>> = {
  latin: {
    regular: [serif('400Regular'), embedpdf('fonts-latin', 'NotoSans-Regular.ttf'), { system: '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf' }],
    bold: [serif('700Bold'), embedpdf('fonts-latin', 'NotoSans-Bold.ttf'), { system: '/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf' }],
    italic: [serif('400Regular_Italic'), embedpdf('fonts-latin', 'NotoSans-Italic.ttf'), { system: '/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf' }],
    boldItalic: [serif('700Bold_Italic'), embedpdf('fonts-latin', 'NotoSans-BoldItalic.ttf'), { system: '/usr/share/fonts/truetype/noto/NotoSerif-BoldItalic.ttf' }, { system: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf' }],
  },
  cjk: {
    regular: [
      serifSc('400Regular'),
      embedpdf('fonts-sc', 'NotoSansHans-Regular.otf'),
      { system: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' },
    ],
    bold: [
      serifSc('700Bold'),
      embedpdf('fonts-sc', 'NotoSansHans-Bold.otf'),
      { system: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', family: 'NotoSerifCJKsc-Bold' },
    ],
  },
  arabic: {
    regular: [embedpdf('fonts-arabic', 'NotoNaskhArabic-Regular.ttf'), { system: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf' }],
    bold: [embedpdf('fonts-arabic', 'NotoNaskhArabic-Bold.ttf'), { system: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf' }],
  },
};

const STANDARD_FALLBACK: Record<FontFace, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
};

const resolved = new Map<string, FontSource | null>();

/** Where an npm package may sit: above its main entry (the packages export only "."), or in node_modules. */
function packageRoots(packageName: string): string[] {
  const roots: string[] = [];
  try {
    let dir = path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve(packageName));
    while (dir !== path.dirname(dir) && !dir.endsWith(path.join('node_modules', packageName))) dir = path.dirname(dir);
    roots.push(dir);
  } catch {
    // Not resolvable from here (e.g. bundled); the plain node_modules path below may still exist.
  }
  roots.push(path.join(process.cwd(), 'node_modules', packageName));
  return roots;
}

function locate(candidate: Candidate): FontSource | null {
  const files = candidate.npm ? packageRoots(candidate.npm.package).map((dir) => path.join(dir, candidate.npm?.file ?? '')) : [candidate.system ?? ''];
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
