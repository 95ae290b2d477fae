import { Mark, mergeAttributes } from '@tiptap/core';
import { MARKS, SPOT_FORMS, type SpotForm } from '@/lib/negotiation/schema';
import type { DelegationLookup } from './delegation-label';
import { bracketEdgesPlugin } from './bracket-edges';

/**
 * Square brackets around text that is not agreed. Every bracket has its own identity (`id`), so
 * the mark does not exclude itself: a character inside `[a [b] c]`'s inner bracket carries two
 * bracket marks, and two adjacent brackets `[Recognizing][Acknowledging]` stay two. y-tiptap
 * stores marks that do not exclude themselves under hashed keys (`bracket--AbC12345`), which
 * lib/negotiation/marks.ts reads. Not inclusive, so typing just after a bracketed passage does
 * not silently extend the brackets.
 *
 * The brackets themselves, the " / " of slash alternatives, option labels and attributions are
 * drawn by widget decorations (bracket-edges.ts) rather than CSS on the mark's element: the order
 * of two marks of one type on a text node is arbitrary, so nested spans cannot be trusted to
 * nest the way the brackets do.
 */

export interface BracketOptions {
  /** Resolves a delegation id to its name, for the attribution after a bracket. */
  getDelegation: DelegationLookup;
  HTMLAttributes: Record<string, string>;
}

const DATA_NAMES = {
  id: 'data-bracket',
  by: 'data-by',
  spot: 'data-spot',
  form: 'data-form',
  option: 'data-option',
  noText: 'data-no-text',
  delegation: 'data-delegation',
  note: 'data-note',
} as const;

type BracketAttrName = keyof typeof DATA_NAMES;

function textAttribute(name: BracketAttrName) {
  return { default: null, rendered: false, parseHTML: (el: HTMLElement) => el.getAttribute(DATA_NAMES[name]) || null };
}

function parseForm(el: HTMLElement): SpotForm | null {
  const form = el.getAttribute(DATA_NAMES.form);
  return SPOT_FORMS.find((candidate) => candidate === form) ?? null;
}

/** The mark's attributes as data-* attributes, leaving out the ones that are not set. */
export function bracketDataAttributes(attrs: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, dataName] of Object.entries(DATA_NAMES)) {
    const value = attrs[name];
    if (typeof value === 'string' && value.length > 0) out[dataName] = value;
    else if (value === true) out[dataName] = 'true';
  }
  return out;
}

export const Bracket = Mark.create<BracketOptions>({
  name: MARKS.bracket,
  inclusive: false,
  excludes: '',
  addOptions() {
    return { getDelegation: () => undefined, HTMLAttributes: {} };
  },
  addAttributes() {
    return {
      id: textAttribute('id'),
      by: textAttribute('by'),
      spot: textAttribute('spot'),
      form: { default: null, rendered: false, parseHTML: parseForm },
      option: textAttribute('option'),
      noText: { default: null, rendered: false, parseHTML: (el: HTMLElement) => (el.getAttribute(DATA_NAMES.noText) === 'true' ? true : null) },
      delegation: textAttribute('delegation'),
      note: textAttribute('note'),
    };
  },
  parseHTML() {
    return [{ tag: 'span.bracketed' }];
  },
  renderHTML({ mark }) {
    return ['span', mergeAttributes(this.options.HTMLAttributes, { class: 'bracketed' }, bracketDataAttributes(mark.attrs)), 0];
  },
  addProseMirrorPlugins() {
    return [bracketEdgesPlugin(this.type, (id) => this.options.getDelegation(id))];
  },
});
