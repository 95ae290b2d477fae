import type { SourceLine } from './types';

/**
 * Splits pasted or uploaded text into source lines for the paragraph parser. Markdown is
 * reduced to its text: headings are marked (never paragraphs), bullets become list items,
 * emphasis, escapes and links are dropped — a preambular "*Recalling*" imports as "Recalling".
 */

export type TextFormat = 'text' | 'markdown';

export function textToSourceLines(input: string, format: TextFormat): SourceLine[] {
  const rawLines = input.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: SourceLine[] = [];
  let afterBreak = true;
  rawLines.forEach((raw, index) => {
    const text = normaliseSpaces(raw);
    if (text === '' || (format === 'markdown' && /^([-*_])(\s*\1){2,}$/.test(text))) {
      afterBreak = true;
      return;
    }
    const line: SourceLine = { line: index + 1, text, startsBlock: afterBreak };
    lines.push(format === 'markdown' ? fromMarkdown(line) : line);
    afterBreak = false;
  });
  return lines;
}

function normaliseSpaces(raw: string): string {
  return raw.replace(/[\t\u00a0\u2007\u202f]/g, ' ').trim();
}

function fromMarkdown(line: SourceLine): SourceLine {
  let text = line.text.replace(/^>\s?/, '');
  const heading = /^#{1,6}\s+/.exec(text);
  if (heading) return { ...line, text: stripInline(text.slice(heading[0].length)), heading: true };
  const bullet = /^([-*+])\s+/.exec(text);
  if (bullet) text = text.slice(bullet[0].length);
  const result: SourceLine = { ...line, text: stripInline(text) };
  return bullet ? { ...result, list: { level: 0, ordered: false } } : result;
}

/** Markdown inline syntax that is presentation, not text. Square brackets stay: they are the negotiation's. */
export function stripInline(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}
