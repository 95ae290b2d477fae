/**
 * Edit propagation across collaboration instances: delegate A types one character on instance A,
 * and we time until a delegate's document has it — on instance B (through PostgreSQL, then
 * Redis) against on instance A itself (the baseline), measured in this run, interleaved.
 * Needs redis-server (Debian package redis-server).
 *
 *   npm run bench -- scale-out
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import { startScaleOutScene } from '@/test-support/collab/scale-out-scene';
import { PARAGRAPH_ONE } from '@/test-support/collab/seed-collab-meeting';
import { latencySummary } from './_stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 20;

/** Types one character into `from`, resolves with the ms until every `to` document has it. */
async function timeOneEdit(from: Y.Doc, to: Y.Doc[], attributes: Record<string, unknown>): Promise<number[]> {
  const text = getParagraphText(getParagraph(from, PARAGRAPH_ONE)!);
  if (!text) throw new Error('paragraph 1 missing');
  const start = performance.now();
  const arrivals = to.map((doc) => new Promise<number>((resolve) => doc.once('update', () => resolve(performance.now() - start))));
  text.insert(text.length, 'x', attributes);
  return Promise.all(arrivals);
}

async function main(): Promise<void> {
  const scene = await startScaleOutScene();
  const { a, b, meeting } = scene;
  const draftId = await scene.newDraft();
  const mexico = await scene.connect(a, meeting.people.mexicanDelegate, draftId);
  const sameInstance = await scene.connect(a, meeting.people.frenchDelegate, draftId);
  const otherInstance = await scene.connect(b, meeting.people.frenchDelegate, draftId);
  const attributes = {
    insertion: { proposal: randomUUID(), delegation: meeting.mexico, author: meeting.people.mexicanDelegate.userId, at: new Date().toISOString() },
  };
  const samples = { across: [] as number[], same: [] as number[] };
  for (let round = 0; round < ROUNDS + WARMUP; round++) {
    const [same, across] = await timeOneEdit(mexico.doc, [sameInstance.doc, otherInstance.doc], attributes);
    if (round < WARMUP || same === undefined || across === undefined) continue;
    samples.same.push(same);
    samples.across.push(across);
  }
  await scene.close();

  const result = latencySummary('scale-out', ROUNDS, samples.across, samples.same);
  console.log(
    `scale-out: across instances p50 ${result.p50_ms} ms / p99 ${result.p99_ms} ms vs same instance p50 ${result.baseline_p50_ms} ms / p99 ${result.baseline_p99_ms} ms (×${result.ratio_p50} at p50), ${ROUNDS} edits`,
  );
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
