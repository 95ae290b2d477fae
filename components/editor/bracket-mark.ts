import { Mark, mergeAttributes } from '@tiptap/core';
import { MARKS } from '@/lib/negotiation/schema';

/**
 * Square brackets put around text by the chair (`bracket{by}`, `by` = user id). Not inclusive,
 * so typing just after a bracketed passage does not silently extend the brackets.
 */
export const Bracket = Mark.create<{ HTMLAttributes: Record<string, string> }>({
  name: MARKS.bracket,
  inclusive: false,
  addOptions() {
    return { HTMLAttributes: {} };
  },
  addAttributes() {
    return {
      by: { default: null, rendered: false, parseHTML: (el: HTMLElement) => el.getAttribute('data-by') },
    };
  },
  parseHTML() {
    return [{ tag: 'span.bracketed' }];
  },
  renderHTML({ mark }) {
    const by = typeof mark.attrs.by === 'string' ? mark.attrs.by : '';
    return ['span', mergeAttributes(this.options.HTMLAttributes, { class: 'bracketed', 'data-by': by }), 0];
  },
});
