import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { RunAs } from './postgres-user';

/**
 * Runs one of PostgreSQL's tools (or `cp`) to its end, as `runAs` when given, feeding it `input`
 * on stdin. Rejects with the tool's own output when it fails, which says what went wrong.
 */
export function runToCompletion({
  command,
  args,
  runAs,
  input,
  onSpawned,
}: {
  command: string;
  args: string[];
  runAs: RunAs | null;
  input?: string;
  /** Called once the process runs. */
  onSpawned?: () => void;
}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...(runAs ?? {}),
      cwd: os.tmpdir(),
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdin?.end(input);
    child.once('error', reject);
    child.once('spawn', () => onSpawned?.());
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (code ${code}):\n${output}`)),
    );
  });
}
