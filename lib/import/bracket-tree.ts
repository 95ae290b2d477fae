/**
 * A paragraph's source text as a tree of square brackets, nested to any depth. The lines of a
 * paragraph are joined first (a space between them, none between two Chinese characters), and
 * every character remembers the line it came from, so that every message can name its line.
 */

export interface TextPiece {
  text: string;
  line: number;
}

export interface JoinedText {
  text: string;
  /** The source line of each UTF-16 unit of `text`. */
  lines: number[];
  /** Offsets in `text` where a source line starts. */
  lineStarts: ReadonlySet<number>;
}

export interface TextNode {
  kind: 'text';
  text: string;
  /** Offset of the first character in the joined text. */
  at: number;
}

export interface BracketNode {
  kind: 'bracket';
  children: TreeNode[];
  /** Offsets of the opening and closing bracket. */
  at: number;
  end: number;
}

export type TreeNode = TextNode | BracketNode;

export type TreeResult =
  | { nodes: TreeNode[]; emptyAt: number[] }
  | { error: { at: number; problem: BracketProblem } };

export type BracketProblem = 'unclosed' | 'unopened' | 'too-deep';

/** Deeper than any negotiated text goes; it keeps a malformed file from exhausting the stack. */
export const MAX_BRACKET_DEPTH = 50;

const HAN_EDGE = /[\p{Script=Han}，。；：、（）“”]/u;

export function joinPieces(pieces: readonly TextPiece[]): JoinedText {
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  const lines: number[] = [];
  const lineStarts = new Set<number>();
  for (const [index, piece] of pieces.entries()) {
    // One space for any run of spaces: the text is tidied that way anyway, and no pattern below
    // then has long runs of whitespace to backtrack over.
    const spaced = piece.text.replace(/\s+/g, ' ');
    if (index > 0 && !(HAN_EDGE.test(lastChar) && HAN_EDGE.test(spaced.charAt(0)))) {
      parts.push(' ');
      lines.push(piece.line);
      length += 1;
    }
    lineStarts.add(length);
    parts.push(spaced);
    for (let i = 0; i < spaced.length; i += 1) lines.push(piece.line);
    length += spaced.length;
    if (spaced !== '') lastChar = spaced.charAt(spaced.length - 1);
  }
  return { text: parts.join(''), lines, lineStarts };
}

const OPEN = new Set(['[', '［']);
const CLOSE = new Set([']', '］']);

export function parseBracketTree(text: string): TreeResult {
  const root: TreeNode[] = [];
  const stack: Array<{ children: TreeNode[]; at: number }> = [];
  const emptyAt: number[] = [];
  let children = root;
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (OPEN.has(char)) {
      if (stack.length >= MAX_BRACKET_DEPTH) return { error: { at, problem: 'too-deep' } };
      stack.push({ children, at });
      children = [];
    } else if (CLOSE.has(char)) {
      const open = stack.pop();
      if (!open) return { error: { at, problem: 'unopened' } };
      if (children.every((child) => child.kind === 'text' && child.text.trim() === '')) emptyAt.push(open.at);
      else open.children.push({ kind: 'bracket', children, at: open.at, end: at });
      children = open.children;
    } else {
      const last = children[children.length - 1];
      if (last?.kind === 'text' && last.at + last.text.length === at) last.text += char;
      else children.push({ kind: 'text', text: char, at });
    }
  }
  const unclosed = stack[0];
  if (unclosed) return { error: { at: unclosed.at, problem: 'unclosed' } };
  return { nodes: root, emptyAt };
}

/** The part of `nodes` between two offsets that fall in text nodes (or outside every bracket). */
export function sliceNodes(nodes: readonly TreeNode[], from: number, to: number): TreeNode[] {
  const out: TreeNode[] = [];
  for (let index = firstEndingAfter(nodes, from); index < nodes.length; index += 1) {
    const node = nodes[index];
    if (!node || node.at >= to) break;
    if (node.kind === 'bracket') {
      if (node.at >= from && node.end < to) out.push(node);
      continue;
    }
    const start = Math.max(from, node.at);
    const end = Math.min(to, node.at + node.text.length);
    if (start < end) out.push({ kind: 'text', text: node.text.slice(start - node.at, end - node.at), at: start });
  }
  return out;
}

/** The index of the first node that ends after `offset` (nodes are in text order). */
function firstEndingAfter(nodes: readonly TreeNode[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const node = nodes[middle];
    const end = !node ? 0 : node.kind === 'text' ? node.at + node.text.length : node.end + 1;
    if (end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The text of nodes with brackets written back, for messages and checks. */
export function nodesText(nodes: readonly TreeNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : `[${nodesText(node.children)}]`)).join('');
}
