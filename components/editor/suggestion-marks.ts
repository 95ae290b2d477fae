import { Mark, mergeAttributes } from '@tiptap/core';
import type { Mark as PMMark, MarkType, Schema } from '@tiptap/pm/model';
import { MARKS, type ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { resolveAttribution, type DelegationLookup } from './delegation-label';

/**
 * The `insertion` and `deletion` marks of proposal mode.
 *
 * An insertion excludes only itself (ProseMirror's default): new text belongs to one proposal, so
 * Yjs stores it under the plain `insertion` key. A deletion excludes nothing: when two delegations
 * propose different words for the same struck words, both strike them (they are alternatives of
 * one spot, lib/negotiation/proposal-spots.ts), so a character may carry several deletion marks;
 * y-tiptap stores marks that do not exclude themselves under hashed keys (`deletion--AbC12345`).
 * Insertion and deletion deliberately do NOT exclude each other: when delegation B deletes words
 * that delegation A proposed to insert, the text carries both marks, because replacing A's mark
 * with B's would erase the record of A's proposal (and rejecting B's deletion would then leave
 * A's words looking agreed).
 */

export interface SuggestionMarkOptions {
  /** Resolves a delegation id to its on-screen label; read at render time. */
  getDelegation: DelegationLookup;
  HTMLAttributes: Record<string, string>;
}

const proposalAttributes = {
  proposal: { default: null, rendered: false, parseHTML: (el: HTMLElement) => el.getAttribute('data-proposal') },
  delegation: { default: null, rendered: false, parseHTML: (el: HTMLElement) => el.getAttribute('data-delegation') },
  author: { default: null, rendered: false, parseHTML: (el: HTMLElement) => el.getAttribute('data-author') },
  at: { default: null, rendered: false, parseHTML: (el: HTMLElement) => el.getAttribute('data-at') },
};

export function isProposalMarkAttrs(attrs: unknown): attrs is ProposalMarkAttrs {
  if (typeof attrs !== 'object' || attrs === null) return false;
  const record = attrs as Record<string, unknown>;
  return ['proposal', 'delegation', 'author', 'at'].every((key) => typeof record[key] === 'string');
}

function renderProposal(
  tag: 'ins' | 'del',
  mark: PMMark,
  options: SuggestionMarkOptions,
): [string, Record<string, string>, [string, Record<string, string>, 0]] {
  const attrs = mark.attrs as Partial<ProposalMarkAttrs>;
  const delegation = attrs.delegation ?? '';
  const who = resolveAttribution(delegation, options.getDelegation);
  const verb = tag === 'ins' ? 'Insertion proposed by' : 'Deletion proposed by';
  const htmlAttrs = mergeAttributes(options.HTMLAttributes, {
    class: tag === 'ins' ? 'prop-ins' : 'prop-del',
    'data-proposal': attrs.proposal ?? '',
    'data-delegation': delegation,
    'data-author': attrs.author ?? '',
    'data-at': attrs.at ?? '',
    'data-color-index': who.colorKey,
    'data-attribution': who.shortName,
    title: `${verb} ${who.name}`,
  }) as Record<string, string>;
  // The inner span lets CSS put the closing bracket (normal size) before the superscript
  // attribution, which lives on the outer element's ::after.
  return [tag, htmlAttrs, ['span', { class: 'prop-body' }, 0]];
}

/** Insertion and deletion differ in their name, tag and whether one character may carry several. */
function proposalMark(name: typeof MARKS.insertion | typeof MARKS.deletion, tag: 'ins' | 'del') {
  return Mark.create<SuggestionMarkOptions>({
    name,
    inclusive: false,
    ...(name === MARKS.deletion ? { excludes: '' } : {}),
    addOptions() {
      return { getDelegation: () => undefined, HTMLAttributes: {} };
    },
    addAttributes() {
      return proposalAttributes;
    },
    parseHTML() {
      return [{ tag: `${tag}[data-proposal]` }];
    },
    renderHTML({ mark }) {
      return renderProposal(tag, mark, this.options);
    },
  });
}

export const Insertion = proposalMark(MARKS.insertion, 'ins');
export const Deletion = proposalMark(MARKS.deletion, 'del');

export interface SuggestionMarkTypes {
  insertion: MarkType;
  deletion: MarkType;
  bracket: MarkType;
}

export function suggestionMarkTypes(schema: Schema): SuggestionMarkTypes {
  const insertion = schema.marks[MARKS.insertion];
  const deletion = schema.marks[MARKS.deletion];
  const bracket = schema.marks[MARKS.bracket];
  if (!insertion || !deletion || !bracket) {
    throw new Error('The editor schema lacks the insertion, deletion or bracket mark');
  }
  return { insertion, deletion, bracket };
}
