/**
 * The yardstick: a plain MiniSearch with default options over the same paragraphs, so our index's
 * cost (cross-script expansion, stems, quotes) is reported relative to the simplest thing that works.
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../src/types.ts';
import { timeCalls, type Latency } from './stats.ts';

/**
 * The baseline's p50 is read from the first queries of the mix only: on large corpora its
 * stop-word-heavy queries take seconds each, and the median settles long before 1,000 calls.
 */
export const BASELINE_QUERIES = 300;

export interface BaselineResult {
  buildMs: number;
  search: Latency;
}

/** @example baseline(corpus, ['Lavrov']).search.p50 // milliseconds */
export function baseline(corpus: Corpus, queries: readonly string[]): BaselineResult {
  const t0 = performance.now();
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
  let id = 0;
  for (const a of corpus.articles) for (const p of a.paragraphs) mini.add({ id: id++, text: p.text });
  const buildMs = performance.now() - t0;
  return { buildMs, search: timeCalls(queries.slice(0, BASELINE_QUERIES), (q) => mini.search(q)) };
}
