export interface StartupPhase {
  name: string;
  ms: number;
}

export interface StartupClock {
  /** Ends the current phase under this name; the next phase starts now. */
  mark(name: string): void;
  /** The phases so far, in order; they add up to `totalMs()`. */
  phases(): StartupPhase[];
  /** Milliseconds since this Node process started (not since the clock was made). */
  totalMs(): number;
  /** "node and imports 420, database 812, …" (whole milliseconds): the banner prints it, the start-up benchmark reads it. */
  describe(): string;
}

/**
 * Where start-up time goes, phase by phase along the path to the first answer. The first phase
 * runs from the Node process's own start (performance's time origin), so it holds what happens
 * before the server's code runs at all: Node, the build check, the TypeScript loader, imports.
 */
export function startStartupClock({ firstPhase, now = () => performance.now() }: { firstPhase: string; now?: () => number }): StartupClock {
  let last = now();
  const phases: StartupPhase[] = [{ name: firstPhase, ms: last }];
  return {
    mark(name) {
      const at = now();
      phases.push({ name, ms: at - last });
      last = at;
    },
    phases: () => phases.map((phase) => ({ ...phase })),
    totalMs: () => now(),
    describe: () => phases.map((phase) => `${phase.name} ${Math.round(phase.ms)}`).join(', '),
  };
}
