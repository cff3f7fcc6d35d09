/**
 * The yardsticks: two general-purpose engines over the same analysed paragraphs (each word folded
 * and stemmed as our index has it), each given, for every query of the mix, our expanded terms
 * (every spelling, transliteration, translation and stem the query unit stands for) as one plain OR
 * query. So they do the retrieval work our search does, without its phrase checks, re-ranking and
 * quotes:
 * - plain MiniSearch (default options), which scores every match;
 * - FlexSearch 0.8 (`suggest` for OR semantics), which returns its top k.
 * The queries are expanded before timing starts (our own timings include the expansion, which is
 * memoised and small).
 */
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { parseQuery } from '../src/search/expand.ts';
import { analyseCorpus, type SearchIndex } from '../src/search/index.ts';
import { fieldWeights } from '../src/search/match.ts';
import type { Corpus } from '../src/types.ts';
import { timeCalls, type Latency } from './stats.ts';

/**
 * The baselines are timed on the first queries of the mix only: on large corpora plain MiniSearch
 * takes seconds per common word, and the percentiles settle long before 1,000 calls.
 */
export const BASELINE_QUERIES = 300;
/** Time allowed to each engine's timed calls. */
const BASELINE_BUDGET_MS = 120_000;
/** FlexSearch's k: as many paragraphs as our first stage keeps articles. */
export const FLEX_LIMIT = 200;

export interface EngineResult {
  buildMs: number;
  search: Latency;
}

export interface BaselineResult {
  /** Plain MiniSearch, kept under its old name so that older results still read. */
  buildMs: number;
  search: Latency;
  flexsearch?: EngineResult;
}

/** Our expanded terms of a query, space-separated (both fields' terms, once each). */
function expandedTerms(index: SearchIndex, query: string): string {
  const weights = fieldWeights(parseQuery(query, index.vocabulary).units);
  return [...new Set([...weights.word.keys(), ...weights.stem.keys()])].join(' ');
}

/** @example baseline(corpus, index, ['Lavrov']).flexsearch?.search.p95 // milliseconds */
export function baseline(corpus: Corpus, index: SearchIndex, queries: readonly string[]): BaselineResult {
  const texts = analyseCorpus(corpus).paragraphs.map((p) => `${p.word} ${p.stem}`.trim());
  const expanded = queries.slice(0, BASELINE_QUERIES).map((q) => expandedTerms(index, q));
  // One engine at a time, so that the first is garbage before the second is built.
  const miniSearch = engine(expanded, () => {
    const m = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
    texts.forEach((text, id) => m.add({ id, text }));
    return (q) => m.search(q);
  });
  const flexsearch = engine(expanded, () => {
    const f = new Index({ tokenize: 'strict', encoder: Charset.Exact });
    texts.forEach((text, id) => f.add(id, text));
    return (q) => f.search(q, { limit: FLEX_LIMIT, suggest: true });
  });
  return { buildMs: miniSearch.buildMs, search: miniSearch.search, flexsearch };
}

function engine(queries: readonly string[], build: () => (query: string) => unknown): EngineResult {
  const t0 = performance.now();
  const search = build();
  const buildMs = performance.now() - t0;
  return { buildMs, search: timeCalls(queries, search, BASELINE_BUDGET_MS) };
}
