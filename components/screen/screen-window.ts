/** The paragraphs the projector shows: the focused one with one neighbour on each side, if any. */
export function screenWindow<T extends { id: string }>(paragraphs: readonly T[], focus: string | null): T[] {
  const index = focus ? paragraphs.findIndex((paragraph) => paragraph.id === focus) : -1;
  if (index < 0) return [];
  return paragraphs.slice(Math.max(0, index - 1), index + 2);
}
