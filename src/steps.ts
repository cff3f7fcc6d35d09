/**
 * Long synchronous work written once as a generator that yields between its steps, run either in
 * one go (start-up, where nothing else waits) or step by step with the event loop served in between
 * (a reload, while questions keep arriving).
 */

/** Runs every step now. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs one step per turn of the event loop, so pending questions are answered between steps. */
export async function runStepsAsync<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * How long one step of a sliced loop runs before it yields: a question arriving during a reload
 * waits about this long for the step in progress (the bench's reload row measures it).
 */
export const STEP_MS = 20;

/** Items between two reads of the clock: each item is microseconds of work. */
const CLOCK_EVERY = 64;

/**
 * Calls `each` on every item, in order, yielding whenever a step has run `stepMs`: a long loop of
 * `runStepsAsync` work sliced by time, so the same code runs in one go under `runSteps`.
 * @example runSteps(eachInSteps([1, 2, 3], (n) => total += n))
 */
export function* eachInSteps<T>(items: Iterable<T>, each: (item: T, index: number) => void, stepMs = STEP_MS): Generator<void> {
  let began = performance.now();
  let index = 0;
  for (const item of items) {
    each(item, index++);
    if (index % CLOCK_EVERY === 0 && performance.now() - began >= stepMs) {
      yield;
      began = performance.now();
    }
  }
}
