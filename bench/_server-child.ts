import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { CollabMeeting } from '@/server/collab/test-kit/seed-collab-meeting';

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
}

export interface ServerChild {
  ready: ServerReady;
  usage(): Promise<Usage>;
  stop(): Promise<void>;
}

type Reply = { type: 'alive' } | { type: 'ready'; ready: ServerReady } | ({ type: 'usage' } & Usage) | { type: 'stopped' };

const START_TIMEOUT_MS = 120_000;
const ANSWER_TIMEOUT_MS = 30_000;

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
      const answer = next(child, 'usage', ANSWER_TIMEOUT_MS);
      child.send({ type: 'usage' } satisfies ServerRequest);
      const { cpuMicros, rss } = (await answer) as Usage;
      return { cpuMicros, rss };
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
