import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollabMeeting } from '@/test-support/collab/seed-collab-meeting';

export interface ServerReady {
  url: string;
  databaseUrl?: string;
  draftId?: string;
  meeting?: CollabMeeting;
  paragraphIds?: string[];
  /** The draft's state, base64, for a baseline relay to start from. */
  state?: string;
  commitFloor?: { p50_ms: number; p99_ms: number };
}

export type ServerRequest = { type: 'start'; state?: string } | { type: 'usage' } | { type: 'stop' };

export interface Usage {
  cpuMicros: number;
  rss: number;
  /** Payload bytes written and read, where the server counts them (the bare relay). */
  bytesOut?: number;
  bytesIn?: number;
  /** False when the server did not answer in time (saturated): its bytes are then unknown. */
  answered?: boolean;
}

export interface ServerChild {
  ready: ServerReady;
  usage(): Promise<Usage>;
  stop(): Promise<void>;
}

type Reply = { type: 'alive' } | { type: 'ready'; ready: ServerReady } | ({ type: 'usage' } & Usage) | { type: 'stopped' };

const START_TIMEOUT_MS = 120_000;
const ANSWER_TIMEOUT_MS = 30_000;
const USAGE_TIMEOUT_MS = 10_000;
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function kernelUsage(pid: number): { cpuMicros: number; rss: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at index 2 with the state.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpuMicros: (ticks * 1e6) / TICKS_PER_SECOND, rss: rssPages * 4096 };
}

/** Starts bench/_server-process.ts in `mode` (see there) and waits until it serves. */
export async function startServerChild(mode: string, options: { env?: Record<string, string>; state?: string } = {}): Promise<ServerChild> {
  const child = fork(path.join(__dirname, '_server-process.ts'), [mode], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await next(child, 'alive', START_TIMEOUT_MS);
  const started = next(child, 'ready', START_TIMEOUT_MS);
  child.send({ type: 'start', state: options.state } satisfies ServerRequest);
  const { ready } = (await started) as { ready: ServerReady };
  return {
    ready,
    usage: async () => {
      // CPU and memory from the kernel: a saturated server answers IPC late, if at all.
      const fromKernel = kernelUsage(child.pid!);
      const answer = next(child, 'usage', USAGE_TIMEOUT_MS);
      child.send({ type: 'usage' } satisfies ServerRequest);
      const counted = await answer.then(
        (reply) => reply as Usage,
        () => null,
      );
      const bytes = counted?.bytesOut === undefined ? {} : { bytesOut: counted.bytesOut, bytesIn: counted.bytesIn ?? 0 };
      return { ...fromKernel, ...bytes, answered: counted !== null };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' } satisfies ServerRequest);
      const timer = setTimeout(() => child.kill('SIGKILL'), ANSWER_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function next(child: ChildProcess, type: Reply['type'], timeoutMs: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`the server process did not answer '${type}' within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: Reply) => {
      if (message.type === type) finish(null, message);
    };
    const onExit = (code: number | null) => finish(new Error(`the server process exited (${code}) before answering '${type}'`));
    function finish(error: Error | null, message?: Reply): void {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
