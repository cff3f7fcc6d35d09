/**
 * Latency figures: percentiles over many timed calls of one function.
 */

export interface Latency {
  calls: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile of sorted values (p in 0..100).
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** @example summarise([3, 1, 2]).p50 // 2 */
export function summarise(values: readonly number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { calls: sorted.length, mean, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}

/** Calls before timing starts, so that the figures describe a warm process, as a running bot is. */
export const WARM_UP_CALLS = 50;
/**
 * The warm-up also ends after this long: a call that takes most of a second (a yardstick engine at
 * 100,000 articles) has long been compiled by then, and 50 of them would cost the run minutes.
 */
export const WARM_UP_MS = 5_000;

/**
 * Times `fn` over every input, in milliseconds, after a warm-up on the first inputs (WARM_UP_CALLS, or
 * fewer once WARM_UP_MS have passed). Stops early
 * once `budgetMs` of timed calls have passed, so a slow command cannot eat the whole run; `calls`
 * then says how many were timed.
 * @example timeCalls(['a', 'b'], (q) => q.length).calls // 2
 */
export function timeCalls<T>(inputs: readonly T[], fn: (input: T) => unknown, budgetMs = Infinity): Latency {
  const warming = performance.now();
  for (let i = 0; i < Math.min(WARM_UP_CALLS, inputs.length) && performance.now() - warming < WARM_UP_MS; i++) fn(inputs[i]!);
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < inputs.length && spent < budgetMs; i++) {
    const t0 = performance.now();
    fn(inputs[i]!);
    const t = performance.now() - t0;
    times.push(t);
    spent += t;
  }
  return summarise(times);
}
