/**
 * Recent answers (with their rendering), per knowledge instance: in a burst (breaking news) many
 * members ask the same thing, and an answer depends only on the knowledge and the options. A reload
 * builds a new knowledge object, so its answers start a new cache and stale ones are never served.
 */
import type { Knowledge } from '../src/knowledge.ts';

export const ANSWER_CACHE_SIZE = 500;

export class AnswerCache<T> {
  private readonly byKnowledge = new WeakMap<Knowledge, Map<string, T>>();

  constructor(private readonly size = ANSWER_CACHE_SIZE) {}

  /** The cached value, or the one `compute` returns, cached for next time. */
  async get(kb: Knowledge, key: string, compute: () => T | Promise<T>): Promise<T> {
    let cache = this.byKnowledge.get(kb);
    if (!cache) this.byKnowledge.set(kb, (cache = new Map()));
    const hit = cache.get(key);
    if (hit) {
      // Re-insert so the map's order is least recently used first.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const answer = await compute();
    cache.set(key, answer);
    if (cache.size > this.size) cache.delete(cache.keys().next().value!);
    return answer;
  }
}

/** A key for a command and its option values, independent of option order. */
export function answerKey(command: string, options: ReadonlyArray<{ name: string; value?: unknown }>): string {
  const sorted = [...options].sort((a, b) => (a.name < b.name ? -1 : 1)).map((o) => [o.name, o.value]);
  return `${command}\u0000${JSON.stringify(sorted)}`;
}
