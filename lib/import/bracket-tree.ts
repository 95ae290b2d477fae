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
  | { error: { at: number; problem: 'unclosed' | 'unopened' } };

const HAN_EDGE = /[\p{Script=Han}，。；：、（）“”]/u;

export function joinPieces(pieces: readonly TextPiece[]): JoinedText {
  let text = '';
  const lines: number[] = [];
  const lineStarts = new Set<number>();
  for (const [index, piece] of pieces.entries()) {
    if (index > 0 && !(HAN_EDGE.test(text.slice(-1)) && HAN_EDGE.test(piece.text.charAt(0)))) {
      text += ' ';
      lines.push(piece.line);
    }
    lineStarts.add(text.length);
    text += piece.text;
    for (let i = 0; i < piece.text.length; i += 1) lines.push(piece.line);
  }
  return { text, lines, lineStarts };
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
  for (const node of nodes) {
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

/** The text of nodes with brackets written back, for messages and checks. */
export function nodesText(nodes: readonly TreeNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : `[${nodesText(node.children)}]`)).join('');
}
