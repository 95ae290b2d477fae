import type { ParagraphKind } from '@/lib/negotiation/schema';

/** How the room says a paragraph's name: "OP 6", "PP 2", "3 bis" stays "OP 3 bis", "new OP" stays as is. */
export function spokenParagraphName(paragraph: { kind: ParagraphKind; label: string }): string {
  const { kind, label } = paragraph;
  if (label.length === 0) return kind;
  if (label.startsWith(kind)) return label;
  return /^\d/.test(label) ? `${kind} ${label}` : label;
}
