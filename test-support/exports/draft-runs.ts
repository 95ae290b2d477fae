import { randomUUID } from 'node:crypto';
import type { NewParagraph, TextRun } from '@/lib/negotiation/draft-doc';
import type { BracketMarkAttrs, ProposalMarkAttrs } from '@/lib/negotiation/schema';

/**
 * The pieces export test drafts are written with: proposal marks by `author` at `at`, inserted,
 * struck and plain runs, bracketed runs placed by `bracketsBy`, and paragraphs labelled PP… or
 * OP… by their label.
 */
export function draftRuns({ author, bracketsBy, at }: { author: string; bracketsBy: string; at: string }) {
  const mark = (proposal: string, delegation: string): ProposalMarkAttrs => ({ proposal, delegation, author, at });
  return {
    mark,
    ins: (text: string, proposal: string, delegation: string): TextRun => ({ insert: text, attributes: { insertion: mark(proposal, delegation) } }),
    del: (text: string, proposal: string, delegation: string): TextRun => ({ insert: text, attributes: { deletion: mark(proposal, delegation) } }),
    plain: (text: string): TextRun => ({ insert: text }),
    /** Text in the given brackets, outermost first; a second bracket is stored under a hashed key, as y-tiptap does. */
    brackets: (text: string, ...marks: Array<Partial<BracketMarkAttrs> & { id: string }>): TextRun => ({
      insert: text,
      attributes: Object.fromEntries(marks.map((attrs, index) => [index === 0 ? 'bracket' : `bracket--${attrs.id}`, { by: bracketsBy, ...attrs }])),
    }),
    p: (label: string, runs: TextRun[], extra: Partial<NewParagraph> = {}): NewParagraph => ({
      id: randomUUID(),
      label,
      kind: label.startsWith('PP') ? 'PP' : 'OP',
      runs,
      ...extra,
    }),
  };
}
