/** "CTOC/COP/WG.4/2022/CRP.1" + revision "Rev.1" → "CTOC/COP/WG.4/2022/CRP.1/Rev.1", as UN symbols are revised. */
export function withRevisionSuffix(symbol: string, revisionName: string): string {
  const match = /^rev\.?\s*(\d+)$/i.exec(revisionName.trim());
  return match ? `${symbol}/Rev.${match[1]}` : symbol;
}

/** A file name stem from a symbol: "CTOC/COP/WG.4/2022/CRP.1" → "CTOC-COP-WG.4-2022-CRP.1". */
export function symbolFileStem(symbol: string): string {
  const stem = symbol
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return stem || 'draft';
}

/**
 * The paragraph number as printed: operative paragraphs "1." and "3 bis."; labels that are not
 * numbers ("PP1", "new OP 5") are printed as they are.
 */
export function printedLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed === '') return '';
  return /^\d+[a-z]?(\s+[a-z]+)?$/i.test(trimmed) ? `${trimmed}.` : trimmed;
}

// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Drops characters XML 1.0 forbids (a control character pasted into a paragraph), which would make Word refuse the file. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}
