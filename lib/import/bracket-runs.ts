import { classifyAttribution } from './attribution';
import { joinPieces, nodesText, type BracketProblem, parseBracketTree, sliceNodes, type BracketNode, type JoinedText, type TextNode, type TextPiece, type TreeNode } from './bracket-tree';
import { findOptionLabels, isNoText, splitOptions } from './paragraph-options';
import { importWarning, type ImportedBracket, type ImportedRun, type ImportWarning } from './types';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Turns a paragraph's source text into runs, each carrying the brackets around it (outermost
 * first). The square brackets themselves are dropped: on screen and in every export they are
 * drawn from the bracket marks. Every bracket keeps its identity:
 * - adjacent brackets (only whitespace, or an attribution, between them) are the alternatives of
 *   one spot, form `adjacent`: `[Recognizing][Acknowledging]`;
 * - a bracket whose text has top-level " / " separators is one spot of form `slash`, one bracket
 *   per alternative, the separators dropped: `[joint investigation teams / parallel investigations]`;
 * - paragraph options ("Option 1: … Option 2: No text.") are brackets of form `option`, their
 *   labels dropped from the text and kept on the bracket;
 * - a parenthesised attribution right after a bracket, an alternative or an option moves onto it.
 * A bracket that does not close inside its paragraph is an error naming its line.
 */

export type { TextPiece } from './bracket-tree';

export type BracketResult = { runs: ImportedRun[]; warnings: ImportWarning[] } | { error: { line: number; problem: BracketProblem } };

export interface BracketContext {
  /** Normalised names and short names of the meeting's delegations. */
  delegationNames: ReadonlySet<string>;
  nextKey: () => string;
  nextSpot: () => string;
}

interface Char {
  char: string;
  brackets: ImportedBracket[];
}

interface Emit {
  joined: JoinedText;
  context: BracketContext;
  warnings: ImportWarning[];
  label: string;
}

// "(Egypt)", "（埃及）", one level of inner parentheses: "(Iran (Islamic Republic of))".
const PAREN = String.raw`[(（]((?:[^()（）[\]［］]|[(（][^()（）[\]［］]*[)）])*)[)）]`;
const LEADING_PAREN = new RegExp(`^\\s*${PAREN}`, 'u');
const PAREN_AT = new RegExp(PAREN, 'uy');
const SLASH = /\s+[/／]\s+/g;

export function bracketRuns(pieces: readonly TextPiece[], context: BracketContext, label: string): BracketResult {
  const joined = joinPieces(pieces);
  const tree = parseBracketTree(joined.text);
  const lineAt = (at: number) => joined.lines[at] ?? pieces[0]?.line ?? 1;
  if ('error' in tree) return { error: { line: lineAt(tree.error.at), problem: tree.error.problem } };
  const emit: Emit = { joined, context, warnings: [], label };
  for (const at of tree.emptyAt) emit.warnings.push(importWarning(lineAt(at), say('server.import.fragment.emptyBrackets', {})));

  const labels = findOptionLabels(tree.nodes, joined);
  if (labels.length === 1 && labels[0]) {
    emit.warnings.push(importWarning(lineAt(labels[0].at), say('server.import.fragment.lonelyOption', { option: labels[0].label, label })));
  }
  const sections: Char[][] = [];
  if (labels.length < 2) {
    sections.push(emitSiblings(tree.nodes, [], emit));
  } else {
    const { chapeau, options } = splitOptions(tree.nodes, labels, joined.text.length);
    sections.push(emitSiblings(chapeau, [], emit));
    const spot = context.nextSpot();
    for (const option of options) sections.push(emitOption(option.label, option.nodes, option.at, spot, emit));
  }
  const chars: Char[] = [];
  for (const section of sections) append(chars, tidy(section));
  return { runs: toRuns(chars), warnings: emit.warnings };
}

function emitOption(label: string, nodes: TreeNode[], at: number, spot: string, emit: Emit): Char[] {
  const trailing = takeTrailingAttribution(nodes, emit);
  const text = nodesText(trailing.nodes);
  if (text.trim() === '') {
    emit.warnings.push(importWarning(emit.joined.lines[at] ?? null, say('server.import.fragment.emptyOption', { option: label, label: emit.label })));
    return [];
  }
  const bracket: ImportedBracket = { key: emit.context.nextKey(), spot, form: 'option', option: label };
  if (isNoText(text)) bracket.noText = true;
  if (trailing.attribution) bracket.attribution = trailing.attribution;
  return tidy(emitSiblings(trailing.nodes, [bracket], emit));
}

type Item = { kind: 'text'; node: TextNode } | { kind: 'bracket'; node: BracketNode; attribution?: string; slash: TreeNode[][] | null };

/** Text and brackets of one level, with attributions attached and spots formed. */
function emitSiblings(nodes: readonly TreeNode[], stack: ImportedBracket[], emit: Emit): Char[] {
  const items = attachAttributions(nodes, emit);
  const out: Char[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (!item) break;
    if (item.kind === 'text') {
      pushText(item.node.text, stack, out);
      index += 1;
      continue;
    }
    if (item.slash) {
      emitSlash(item.slash, stack, out, emit);
      index += 1;
      continue;
    }
    const last = lastAdjacent(items, index);
    const spot = last > index ? emit.context.nextSpot() : undefined;
    for (let member = index; member <= last; member += 1) {
      const current = items[member];
      if (current?.kind === 'text') pushText(current.node.text, stack, out);
      else if (current) {
        const bracket: ImportedBracket = { key: emit.context.nextKey() };
        if (spot) Object.assign(bracket, { spot, form: 'adjacent' });
        if (current.attribution) bracket.attribution = current.attribution;
        append(out, emitSiblings(current.node.children, [...stack, bracket], emit));
      }
    }
    index = last + 1;
  }
  return out;
}

/** The index of the last bracket adjacent to the one at `start` (only whitespace between them). */
function lastAdjacent(items: readonly Item[], start: number): number {
  let last = start;
  let next = start + 1;
  for (;;) {
    const gap = items[next];
    if (gap?.kind === 'text' && gap.node.text.trim() === '') next += 1;
    const candidate = items[next];
    if (candidate?.kind !== 'bracket' || candidate.slash) return last;
    last = next;
    next += 1;
  }
}

function attachAttributions(nodes: readonly TreeNode[], emit: Emit): Item[] {
  const items: Item[] = [];
  for (const node of nodes) {
    const previous = items[items.length - 1];
    if (node.kind === 'bracket') {
      items.push({ kind: 'bracket', node, slash: slashAlternatives(node) });
      continue;
    }
    if (previous?.kind !== 'bracket') {
      items.push({ kind: 'text', node });
      continue;
    }
    const match = LEADING_PAREN.exec(node.text);
    const verdict = match ? judge(match[1] ?? '', node.at + match[0].indexOf(match[0].trim()), emit) : 'text';
    if (match && verdict === 'attribution' && previous.slash) {
      emit.warnings.push(importWarning(emit.joined.lines[node.at] ?? null, say('server.import.fragment.attributionAfterSlash', { text: (match[1] ?? '').trim() })));
      items.push({ kind: 'text', node });
    } else if (match && verdict === 'attribution') {
      previous.attribution = (match[1] ?? '').trim();
      items.push({ kind: 'text', node: { kind: 'text', text: node.text.slice(match[0].length), at: node.at + match[0].length } });
    } else {
      items.push({ kind: 'text', node });
    }
  }
  return items;
}

/** Classifies a parenthesis and warns when it may be an attribution but is not sure to be one. */
function judge(content: string, at: number, emit: Emit): 'attribution' | 'text' {
  const verdict = classifyAttribution(content, emit.context.delegationNames);
  if (verdict === 'uncertain') {
    emit.warnings.push(importWarning(emit.joined.lines[at] ?? null, say('server.import.fragment.uncertainAttribution', { text: content.trim(), label: emit.label })));
  }
  return verdict === 'attribution' ? 'attribution' : 'text';
}

/** The alternatives of "[a / b / c]", split at top-level " / "; null without separators. */
function slashAlternatives(node: BracketNode): TreeNode[][] | null {
  const cuts: Array<{ from: number; to: number }> = [];
  for (const child of node.children) {
    if (child.kind !== 'text') continue;
    for (const match of child.text.matchAll(SLASH)) {
      const from = child.at + (match.index ?? 0);
      cuts.push({ from, to: from + match[0].length });
    }
  }
  if (cuts.length === 0) return null;
  const alternatives: TreeNode[][] = [];
  let from = node.at + 1;
  for (const cut of cuts) {
    alternatives.push(sliceNodes(node.children, from, cut.from));
    from = cut.to;
  }
  alternatives.push(sliceNodes(node.children, from, node.end));
  return alternatives;
}

function emitSlash(alternatives: TreeNode[][], stack: ImportedBracket[], out: Char[], emit: Emit): void {
  const spot = emit.context.nextSpot();
  for (const nodes of alternatives) {
    const trailing = takeTrailingAttribution(nodes, emit);
    if (nodesText(trailing.nodes).trim() === '') {
      const at = nodes[0]?.at ?? 0;
      emit.warnings.push(importWarning(emit.joined.lines[at] ?? null, say('server.import.fragment.emptyAlternative', { label: emit.label })));
      continue;
    }
    const bracket: ImportedBracket = { key: emit.context.nextKey(), spot, form: 'slash' };
    if (trailing.attribution) bracket.attribution = trailing.attribution;
    append(out, tidy(emitSiblings(trailing.nodes, [...stack, bracket], emit)));
  }
}

/** "… training (Egypt)": the attribution at the end of an option or alternative, taken off its text. */
function takeTrailingAttribution(nodes: readonly TreeNode[], emit: Emit): { nodes: TreeNode[]; attribution?: string } {
  const last = nodes[nodes.length - 1];
  if (last?.kind !== 'text') return { nodes: [...nodes] };
  const match = trailingParen(last.text);
  if (!match) return { nodes: [...nodes] };
  const before = last.text.slice(0, match.index);
  // Right after a bracket, the attribution is that bracket's.
  if (before.trim() === '' && nodes.length > 1) return { nodes: [...nodes] };
  if (judge(match.content, last.at + match.parenAt, emit) !== 'attribution') return { nodes: [...nodes] };
  const rest = before === '' ? [] : [{ kind: 'text' as const, text: before, at: last.at }];
  return { nodes: [...nodes.slice(0, -1), ...rest], attribution: match.content.trim() };
}

/** "… (Egypt)" at the very end of a text: found from the end, so long texts are not scanned twice. */
function trailingParen(text: string): { index: number; parenAt: number; content: string } | null {
  const end = text.trimEnd();
  if (!/[)）]$/.test(end)) return null;
  let depth = 0;
  for (let at = end.length - 1; at >= 0 && end.length - at <= 400; at -= 1) {
    const char = end.charAt(at);
    if (char === ')' || char === '）') depth += 1;
    else if (char === '(' || char === '（') depth -= 1;
    if (depth > 0) continue;
    PAREN_AT.lastIndex = at;
    const match = PAREN_AT.exec(end);
    if (!match || match.index + match[0].length !== end.length) return null;
    return { index: end.slice(0, at).trimEnd().length, parenAt: at, content: match[1] ?? '' };
  }
  return null;
}

/** `push(...items)` passes every item as an argument, which overflows the stack for long paragraphs. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function pushText(text: string, brackets: ImportedBracket[], out: Char[]): void {
  for (const char of text) out.push({ char, brackets });
}

/** One space between words, none at the ends; a space at a bracket's edge stays on its side. */
function tidy(chars: readonly Char[]): Char[] {
  const out: Char[] = [];
  for (const c of chars) {
    const isSpace = /\s/.test(c.char);
    const previous = out[out.length - 1];
    if (isSpace && (!previous || /\s/.test(previous.char))) continue;
    out.push(isSpace ? { char: ' ', brackets: c.brackets } : c);
  }
  while (out.length > 0 && out[out.length - 1]?.char === ' ') out.pop();
  return out;
}

function toRuns(chars: readonly Char[]): ImportedRun[] {
  const runs: ImportedRun[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last && sameBrackets(last.brackets, c.brackets)) last.text += c.char;
    else runs.push({ text: c.char, brackets: c.brackets });
  }
  return runs;
}

function sameBrackets(a: readonly ImportedBracket[], b: readonly ImportedBracket[]): boolean {
  return a.length === b.length && a.every((bracket, index) => bracket.key === b[index]?.key);
}
