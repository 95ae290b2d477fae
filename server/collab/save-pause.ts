/** How often a paused room asks whether the database is back. */
export const DEFAULT_PROBE_MS = 1_000;

/**
 * A room's "saving paused" state. While the database is unreachable the room accepts no edit it
 * could not store; every `probeMs` it asks `probe` whether the database answers again, and once
 * it does, `onResume` runs (the room then asks every client for what it holds that the room lacks).
 */
export class SavePause {
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<boolean>,
    private readonly onResume: () => void,
    private readonly probeMs = DEFAULT_PROBE_MS,
  ) {}

  get paused(): boolean {
    return this.timer !== undefined || this.probing;
  }

  /** Starts pausing; false if the room was paused already. */
  pause(): boolean {
    if (this.paused || this.stopped) return false;
    this.schedule();
    return true;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.check(), this.probeMs);
    this.timer.unref?.();
  }

  private async check(): Promise<void> {
    this.timer = undefined;
    this.probing = true;
    const back = await this.probe().catch(() => false);
    this.probing = false;
    if (this.stopped) return;
    if (back) this.onResume();
    else this.schedule();
  }
}
