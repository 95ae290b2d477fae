import { xmlSafe } from '@/lib/exports/symbols';

/** A minimal XML writer: elements as strings, every text and attribute escaped. */

export type Attributes = Record<string, string | number | null | undefined>;

export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** `<name attrs>children</name>`, or `<name attrs/>` without children. Children are already XML. */
export function el(name: string, attrs: Attributes = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner.length === 0 ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

export function text(value: string): string {
  return escapeText(value);
}

/** An identifier usable in eIds and IRIs: lower case ASCII letters, digits, '.', '-' and '_'. */
export function slug(value: string): string {
  const cleaned = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return cleaned;
}
