/**
 * Waiting on the fake's state without sleeping blindly: a predicate re-checked whenever the fake
 * records something (request, gateway message, interaction) and on a short poll for outside state.
 */

export interface Waiter {
  check(): void;
  fail(error: Error): void;
}

const POLL_MS = 20;

/**
 * Resolves with the first truthy value of `predicate`; the waiter sits in `waiters` until then so the
 * owner can re-check (`check`) or abort (`fail`) it.
 * @example await waitUntil(waiters, () => fake.interactions.length > 0, 1000, 'an interaction')
 */
export function waitUntil<T>(
  waiters: Set<Waiter>, predicate: () => T | false | null | undefined, timeoutMs: number, label: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      clearInterval(poll);
      waiters.delete(waiter);
    };
    const waiter: Waiter = {
      check: () => {
        try {
          const value = predicate();
          if (value) {
            done();
            resolve(value);
          }
        } catch (error) {
          done();
          reject(error as Error);
        }
      },
      fail: (error) => {
        done();
        reject(error);
      },
    };
    const timer = setTimeout(() => waiter.fail(new Error(`timed out after ${timeoutMs} ms waiting for ${label}`)), timeoutMs);
    const poll = setInterval(waiter.check, POLL_MS);
    waiters.add(waiter);
    waiter.check();
  });
}
