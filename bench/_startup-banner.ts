export interface StartupBanner {
  /** Milliseconds from the server's Node process start to listening. */
  startupMs: number;
  phases: Array<{ name: string; ms: number }>;
}

/**
 * Reads "started in 1234 ms (node and imports 420, database 812, …)" from the banner
 * server/print-banner.ts prints once the server listens; null when the output has no such line.
 */
export function readStartupBanner(output: string): StartupBanner | null {
  const line = /started in (\d+) ms \(([^)]*)\)/.exec(output);
  if (!line) return null;
  const phases = (line[2] ?? '')
    .split(', ')
    .map((part) => /^(.+) (\d+)$/.exec(part.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1] ?? '', ms: Number(match[2]) }));
  return { startupMs: Number(line[1]), phases };
}
