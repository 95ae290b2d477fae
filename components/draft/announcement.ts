/**
 * Which message the page's live region says next: the first of `messages` (highest priority
 * first) that is not empty and differs from what it was, or the first one again when `repeat`
 * says the same answer was given anew. Null when nothing new is to be said.
 */
export function nextAnnouncement(previous: ReadonlyArray<string | null>, messages: ReadonlyArray<string | null>, repeat: boolean): string | null {
  for (const [index, message] of messages.entries()) {
    if (message === null) continue;
    if (message !== previous[index] || (index === 0 && repeat)) return message;
  }
  return null;
}
