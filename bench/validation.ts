/**
 * Cost of the server-side check of each client update (DESIGN.md §5, issue 4).
 *
 * Two room documents receive the same sequence of accepted keystroke-sized updates on a
 * 60-paragraph draft with a few thousand prior edits: one through validator.check + apply (the
 * server with validation), one through a bare Y.applyUpdate (validation switched off). The two
 * are timed interleaved in the same run, alternating which goes first.
 *
 *   npm run bench -- validation      or      npx tsx bench/validation.ts
 */
import * as Y from 'yjs';
import { createUpdateValidator, type ValidationActor } from '@/server/collab/validation';
import { percentile, round } from './_stats';
import { BenchRoom, benchParagraphs, seededRandom, type RecordedUpdate } from './_validation-history';

const PARAGRAPHS = 60;
const HISTORY_EDITS = 3_000;
const WARMUP = 300;
const MEASURED = 2_000;

const delegations = ['FRA', 'MEX', 'KEN', 'EU', 'GRULAC', 'NOR'].map((code) => `00000000-0000-4000-8000-0000000${code.padEnd(5, '0')}`);

function actors(): ValidationActor[] {
  const known = new Set(delegations);
  const delegates = delegations.map((delegationId, index) => ({
    userId: `user-delegate-${index}`,
    role: 'delegate' as const,
    delegationId,
    knownDelegations: known,
  }));
  return [...delegates, { userId: 'user-chair', role: 'chair', delegationId: null, knownDelegations: known }];
}

function record(room: BenchRoom, count: number): RecordedUpdate[] {
  const updates: RecordedUpdate[] = [];
  while (updates.length < count) {
    const recorded = room.step();
    if (recorded) updates.push(recorded);
  }
  return updates;
}

function microseconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1_000;
}

export default function runValidationBench(): Record<string, number> {
  const rand = seededRandom(20220629);
  const room = new BenchRoom(benchParagraphs(PARAGRAPHS, rand), actors(), rand);
  record(room, HISTORY_EDITS);
  const history = Y.encodeStateAsUpdate(room.hub);
  const sequence = record(room, WARMUP + MEASURED);

  const validated = new Y.Doc();
  Y.applyUpdate(validated, history);
  const bare = new Y.Doc();
  Y.applyUpdate(bare, history);
  const validator = createUpdateValidator(validated);

  const withValidation: number[] = [];
  const baseline: number[] = [];
  let refused = 0;
  sequence.forEach(({ update, actor }, index) => {
    const timeValidated = (): number => {
      const start = process.hrtime.bigint();
      const result = validator.check(update, actor);
      if (result.ok) Y.applyUpdate(validated, update, 'client');
      else refused += 1;
      return microseconds(start);
    };
    const timeBare = (): number => {
      const start = process.hrtime.bigint();
      Y.applyUpdate(bare, update, 'client');
      return microseconds(start);
    };
    const [v, b] = index % 2 === 0 ? [timeValidated(), timeBare()] : [timeBare(), timeValidated()].reverse();
    if (index < WARMUP) return;
    withValidation.push(v ?? NaN);
    baseline.push(b ?? NaN);
  });
  validator.destroy();
  if (refused > 0) throw new Error(`${refused} honest updates were refused; the benchmark measures accepted updates only`);

  const overhead = withValidation.map((value, index) => value - (baseline[index] ?? 0));
  const summary = {
    paragraphs: PARAGRAPHS,
    history_edits: HISTORY_EDITS,
    updates: MEASURED,
    p50_us: round(percentile(withValidation, 50)),
    p99_us: round(percentile(withValidation, 99)),
    baseline_p50_us: round(percentile(baseline, 50)),
    baseline_p99_us: round(percentile(baseline, 99)),
    overhead_p50_us: round(percentile(overhead, 50)),
    overhead_p99_us: round(percentile(overhead, 99)),
    ratio_p50: round(percentile(withValidation, 50) / percentile(baseline, 50), 2),
    ratio_p99: round(percentile(withValidation, 99) / percentile(baseline, 99), 2),
  };
  console.log(
    `validation: check+apply p50 ${summary.p50_us} µs / p99 ${summary.p99_us} µs vs bare apply p50 ${summary.baseline_p50_us} µs / p99 ${summary.baseline_p99_us} µs ` +
      `(ratio p99 ${summary.ratio_p99}×, overhead p99 ${summary.overhead_p99_us} µs) over ${MEASURED} accepted updates, ${PARAGRAPHS} paragraphs, ${HISTORY_EDITS} prior edits`,
  );
  console.log(JSON.stringify(summary));
  return summary;
}

runValidationBench();
