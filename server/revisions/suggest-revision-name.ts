/** "Rev.N" one above the highest "Rev.k" already taken ("Rev.1" for the first). */
export function suggestRevisionName(existing: readonly string[]): string {
  let highest = 0;
  for (const name of existing) {
    const match = /^rev\.?\s*(\d+)$/i.exec(name.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `Rev.${highest + 1}`;
}
