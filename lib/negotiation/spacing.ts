export interface Spaced {
  lead: string;
  core: string;
  trail: string;
}

/** Whitespace at the edges of a span goes outside its brackets: "[hereby] (Mexico) to". */
export function splitSpace(text: string): Spaced {
  const core = text.trim();
  if (core.length === 0) return { lead: '', core: text, trail: '' };
  const start = text.indexOf(core);
  return { lead: text.slice(0, start), core, trail: text.slice(start + core.length) };
}
