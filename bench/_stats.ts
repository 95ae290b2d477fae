/** Percentiles over a sample (nearest-rank), in the sample's unit. */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The JSON every latency benchmark prints last: medians, p99s and their ratio to the baseline. */
export function latencySummary(name: string, rounds: number, measured: number[], baseline: number[]) {
  return {
    benchmark: name,
    rounds,
    p50_ms: round(percentile(measured, 50), 3),
    p99_ms: round(percentile(measured, 99), 3),
    baseline_p50_ms: round(percentile(baseline, 50), 3),
    baseline_p99_ms: round(percentile(baseline, 99), 3),
    ratio_p50: round(percentile(measured, 50) / percentile(baseline, 50), 2),
    ratio_p99: round(percentile(measured, 99) / percentile(baseline, 99), 2),
  };
}
