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
