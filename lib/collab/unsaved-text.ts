/**
 * What the user typed that the server refused: the part of their local paragraph text that is
 * not in the server's text, found by trimming the common prefix and suffix. Good enough for the
 * usual case (one burst of typing in one place), and never loses text: in doubt it returns more.
 */
export function unsavedText(local: string, server: string): string {
  if (local === server) return '';
  let start = 0;
  while (start < local.length && start < server.length && local[start] === server[start]) start++;
  let localEnd = local.length;
  let serverEnd = server.length;
  while (localEnd > start && serverEnd > start && local[localEnd - 1] === server[serverEnd - 1]) {
    localEnd--;
    serverEnd--;
  }
  return local.slice(start, localEnd).trim();
}
