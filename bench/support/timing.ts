export type Timing = { p50: number; p95: number; samples: number[] };

/** The value at percentile `p` of ascending `sorted` samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** `warmups` untimed runs, then `runs` timed ones, one after another. */
export async function timeRuns(run: () => Promise<unknown>, options: { runs: number; warmups: number }): Promise<Timing> {
  for (let i = 0; i < options.warmups; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
}
