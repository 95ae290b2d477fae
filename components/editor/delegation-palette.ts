/**
 * Delegation colours, generated rather than hand-picked so that a meeting of two hundred
 * delegations still has one colour each. Colour never identifies a delegation alone (every mark,
 * legend entry and caret also carries its short name); it helps the eye group a delegation's
 * proposals. Each colour is dark enough for text on white (WCAG AA, 4.5:1), and consecutive
 * indexes (delegations next to each other in the list) are far apart in hue and lightness.
 */

/** Colours generated, and CSS rules emitted; a larger index wraps round. */
export const PALETTE_SIZE = 256;

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;


/** Lightness (OKLCH) kept between these: darker reads as the chair's black ink, lighter fails 4.5:1. */
const LIGHTNESS_STEPS = [0.38, 0.42, 0.46, 0.5, 0.54, 0.58] as const;
/** Below this chroma a colour reads as the grey of an unknown delegation. */
const MIN_CHROMA = 0.07;
const CHROMA_STEPS = [0.09, 0.13, 0.17] as const;
const HUE_STEP = 6;
/** Blue, the colour the first delegation has always had. */
const FIRST = { lightness: 0.5, chroma: 0.13, hue: 258 };

type Rgb = [number, number, number];

interface Candidate {
  hex: string;
  lab: Rgb;
}

let palette: string[] | null = null;

/** The colour of palette index `index` as #rrggbb (the caret extension accepts no other format). */
export function delegationColour(index: number): string {
  const i = ((Math.trunc(index) % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE;
  palette ??= generatePalette(PALETTE_SIZE);
  return palette[i] ?? '#616161';
}

/** The CSS of the palette: `[data-color-index='7']{--prop-color:#…}` for every index. */
export function paletteStyleSheet(size = PALETTE_SIZE): string {
  return Array.from({ length: size }, (_, i) => `[data-color-index='${i}']{--prop-color:${delegationColour(i)}}`).join('\n');
}

/**
 * Farthest-point order: each colour is the candidate that looks most different (in OKLab) from
 * every colour before it, so the first thirty are as far apart as the gamut allows and any two
 * delegations next to each other in the list differ strongly. Deterministic: no randomness.
 */
function generatePalette(size: number): string[] {
  const candidates = listCandidates();
  const first = toCandidate(FIRST.lightness, FIRST.chroma, FIRST.hue);
  const chosen: string[] = [];
  const nearest = candidates.map(() => Number.POSITIVE_INFINITY);
  let next: Candidate | undefined = first;
  while (chosen.length < size && next) {
    chosen.push(next.hex);
    const placed: Candidate = next;
    next = undefined;
    let farthest = -1;
    candidates.forEach((candidate, index) => {
      const distance = Math.min(nearest[index] ?? 0, labDistance(candidate.lab, placed.lab));
      nearest[index] = distance;
      if (distance > farthest) {
        farthest = distance;
        next = candidate;
      }
    });
  }
  return chosen;
}

function listCandidates(): Candidate[] {
  const found = new Map<string, Candidate>();
  for (let hue = 0; hue < 360; hue += HUE_STEP) {
    for (const lightness of LIGHTNESS_STEPS) {
      for (const chroma of CHROMA_STEPS) {
        const candidate = toCandidate(lightness, chroma, hue);
        if (candidate) found.set(candidate.hex, candidate);
      }
    }
  }
  return [...found.values()];
}

/** The colour at this lightness and hue, chroma reduced into sRGB; null if too grey or too light. */
function toCandidate(lightness: number, chroma: number, hue: number): Candidate | undefined {
  const rgb = inGamut(lightness, chroma, hue);
  if (!rgb) return undefined;
  const hex = toHex(rgb);
  const read = hexToLinearRgb(hex);
  if (contrastOnWhite(read) < MIN_CONTRAST) return undefined;
  return { hex, lab: linearRgbToOklab(read) };
}

export function labDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** The most saturated colour at this lightness and hue, up to `chroma`, that sRGB can show. */
function inGamut(lightness: number, chroma: number, hue: number): Rgb | null {
  for (let c = chroma; c >= MIN_CHROMA; c -= 0.005) {
    const rgb = oklchToLinearRgb(lightness, c, hue);
    if (rgb.every((channel) => channel >= 0 && channel <= 1)) return rgb;
  }
  return null;
}

/** OKLCH → linear sRGB (Björn Ottosson's OKLab matrices). */
export function oklchToLinearRgb(lightness: number, chroma: number, hueDegrees: number): Rgb {
  const h = (hueDegrees * Math.PI) / 180;
  const a = chroma * Math.cos(h);
  const b = chroma * Math.sin(h);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/** WCAG contrast ratio of a linear-sRGB colour against white. */
export function contrastOnWhite([r, g, b]: Rgb): number {
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

const encode = (channel: number): number => {
  const c = Math.min(1, Math.max(0, channel));
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
};
const decode = (channel: number): number => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(encode(channel) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** #rrggbb → linear sRGB, as a browser would read the colour back. */
export function hexToLinearRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => decode(channel / 255)) as Rgb;
}

/** Linear sRGB → OKLab, to measure how far apart two colours look. */
export function linearRgbToOklab([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363299264 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
