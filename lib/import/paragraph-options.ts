import { sliceNodes, type JoinedText, type TreeNode } from './bracket-tree';

/**
 * Paragraph options: "Option 1: … Option 2: No text.", on their own lines or inline, in the
 * languages secretariats write them ("Alt. 1", "Alt 2", "Alternative A", "Variante 1",
 * "Opción 1", "Вариант 1", "الخيار 1", "备选案文1"). A label counts only outside brackets, at
 * the start of a line or followed by a colon; a paragraph needs two labels to have options.
 */

const LABEL =
  /(?<![\p{L}\p{N}])(?:(?:Option|Alt\.?|Alternative|Variante|Opción|Alternativa|Вариант|الخيار)\s*(?:\d{1,2}|[A-Z])(?![\p{L}\p{N}])|备选案文\s*(?:\d{1,2}|[一二三四五六七八九十]+))/gu;
const LABEL_AT_START = new RegExp(`^(?:${LABEL.source})`, 'u');
const AFTER_INLINE = /\s*[:：]\s*/y;
const AFTER_LINE_START = /\s*[:：.–—-]?\s*/y;
const NO_TEXT = /^(?:no text|pas de texte|sin texto|без текста|текст отсутствует|无案文|لا نص)\s*[.。]?$/iu;

export interface FoundOption {
  /** The label as written: "Option 1", "Alt. 1", "备选案文1". */
  label: string;
  /** Offsets of the label, and of the option's text after the label and its colon. */
  at: number;
  textAt: number;
}

export interface SplitOptions {
  chapeau: TreeNode[];
  options: Array<FoundOption & { nodes: TreeNode[] }>;
}

export function findOptionLabels(nodes: readonly TreeNode[], joined: JoinedText): FoundOption[] {
  const found: FoundOption[] = [];
  for (const node of nodes) {
    if (node.kind !== 'text') continue;
    for (const match of node.text.matchAll(LABEL)) {
      const at = node.at + (match.index ?? 0);
      const after = lineStart(joined, at) ? AFTER_LINE_START : AFTER_INLINE;
      after.lastIndex = (match.index ?? 0) + match[0].length;
      const separator = after.exec(node.text);
      if (!separator) continue;
      found.push({ label: match[0].replace(/\s+/g, ' '), at, textAt: at + match[0].length + separator[0].length });
    }
  }
  return found;
}

const lineStart = (joined: JoinedText, at: number) => joined.lineStarts.has(at);

export function splitOptions(nodes: readonly TreeNode[], labels: readonly FoundOption[], end: number): SplitOptions {
  const first = labels[0];
  const chapeau = first ? sliceNodes(nodes, 0, first.at) : [...nodes];
  const options = labels.map((label, index) => ({ ...label, nodes: sliceNodes(nodes, label.textAt, labels[index + 1]?.at ?? end) }));
  return { chapeau, options };
}

export function isNoText(text: string): boolean {
  return NO_TEXT.test(text.trim());
}

/** A line that starts with an option label: it continues the paragraph above it. */
export function startsWithOption(line: string): boolean {
  const trimmed = line.trimStart();
  return LABEL_AT_START.test(trimmed);
}
