/**
 * A small word-level diff: longest common subsequence over tokens (words, runs of whitespace,
 * line breaks, and single punctuation marks, so that "[hereby] (Mexico)" → "hereby" shows as brackets and
 * attribution removed, not as a different word).
 */

export type DiffKind = 'same' | 'inserted' | 'deleted';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

export interface DiffOp<T> {
  kind: DiffKind;
  item: T;
}

/** Above this many DP cells (after trimming common ends) the diff falls back to "all replaced". */
const MAX_CELLS = 4_000_000;

// A line break (before each paragraph option) is a token of its own, never part of a run of spaces,
// so that an option's line stays a line on both sides of the diff.
const TOKEN = /\n|[^\S\n]+|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Edit script turning `a` into `b`: every item of `a` is 'same' or 'deleted', every item of `b`
 * 'same' or 'inserted'. Within each run of changes the deletions come first.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): DiffOp<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const ops: DiffOp<T>[] = a.slice(0, start).map((item) => ({ kind: 'same', item }));
  ops.push(...middle(a.slice(start, endA), b.slice(start, endB)));
  ops.push(...a.slice(endA).map((item): DiffOp<T> => ({ kind: 'same', item })));
  return deletionsFirst(ops);
}

function middle<T>(a: readonly T[], b: readonly T[]): DiffOp<T>[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    return [...a.map((item): DiffOp<T> => ({ kind: 'deleted', item })), ...b.map((item): DiffOp<T> => ({ kind: 'inserted', item }))];
  }
  // lcs[i * (m + 1) + j] = length of the LCS of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: DiffOp<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (x === y) {
      ops.push({ kind: 'same', item: x });
      i += 1;
      j += 1;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      ops.push({ kind: 'deleted', item: x });
      i += 1;
    } else {
      ops.push({ kind: 'inserted', item: y });
      j += 1;
    }
  }
  for (; i < n; i += 1) ops.push({ kind: 'deleted', item: a[i] as T });
  for (; j < m; j += 1) ops.push({ kind: 'inserted', item: b[j] as T });
  return ops;
}

/** Reorders each maximal run of changes so that its deletions precede its insertions. */
function deletionsFirst<T>(ops: DiffOp<T>[]): DiffOp<T>[] {
  const out: DiffOp<T>[] = [];
  let deleted: DiffOp<T>[] = [];
  let inserted: DiffOp<T>[] = [];
  const flush = () => {
    out.push(...deleted, ...inserted);
    deleted = [];
    inserted = [];
  };
  for (const op of ops) {
    if (op.kind === 'same') {
      flush();
      out.push(op);
    } else if (op.kind === 'deleted') deleted.push(op);
    else inserted.push(op);
  }
  flush();
  return out;
}

/**
 * A space kept between two changes reads as noise ("~~a~~x ~~b~~y"): fold it into the change
 * on both sides so the reader sees "~~a b~~ x y". A line break is never folded: it would then
 * stand twice, once struck and once inserted, and split one option over two lines.
 */
function absorbLoneSpaces(ops: DiffOp<string>[]): DiffOp<string>[] {
  const out: DiffOp<string>[] = [];
  ops.forEach((op, index) => {
    const before = ops[index - 1];
    const after = ops[index + 1];
    const lone = op.kind === 'same' && /^[^\S\n]+$/.test(op.item) && before && after && before.kind !== 'same' && after.kind !== 'same';
    if (lone) out.push({ kind: 'deleted', item: op.item }, { kind: 'inserted', item: op.item });
    else out.push(op);
  });
  return deletionsFirst(out);
}

/** Word-level diff of two texts, as segments with neighbours of the same kind merged. */
export function diffWords(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const op of absorbLoneSpaces(diffSequences(tokenize(before), tokenize(after)))) {
    const last = segments[segments.length - 1];
    if (last && last.kind === op.kind) last.text += op.item;
    else segments.push({ kind: op.kind, text: op.item });
  }
  return segments;
}
