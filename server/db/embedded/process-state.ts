import { readFileSync } from 'node:fs';

/**
 * Whether `pid` is a running (non-zombie) process. In containers PID 1 often does not reap
 * orphans, so a postgres killed after its parent died can linger as a zombie: that counts as dead.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = readProc(pid, 'stat');
  if (stat === null) return true;
  // Format: "pid (comm) S ..." — comm may contain spaces or parentheses, so split after the last ')'.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** The parent pid from /proc, or null where /proc is not available. */
export function readParentPid(pid: number): number | null {
  const stat = readProc(pid, 'stat');
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const parent = Number.parseInt(fields[1] ?? '', 10);
  return Number.isFinite(parent) ? parent : null;
}

/** The process's argv, or null where /proc is not available. */
export function readCommandLine(pid: number): string[] | null {
  const raw = readProc(pid, 'cmdline');
  return raw === null ? null : raw.split('\0').filter(Boolean);
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** Resolves true once `pid` is gone, false if it is still alive at the deadline. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
