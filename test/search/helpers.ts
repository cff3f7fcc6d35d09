import { buildCorpus, loadCorpusSync } from '../../src/corpus/load.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.ts';
import type { Quote } from '../../src/answer.ts';
import type { Corpus } from '../../src/types.ts';

export const seeds: Corpus = loadCorpusSync('seeds');
export const seedIndex: SearchIndex = buildSearchIndex(seeds);

/** A corpus of invented articles, one string per file (first line = headline). */
export function inventedCorpus(texts: string[]): { corpus: Corpus; index: SearchIndex } {
  const corpus = buildCorpus(texts.map((t, i) => ({ name: `${String(i).padStart(3, '0')}_test.txt`, bytes: Buffer.from(t) })));
  return { corpus, index: buildSearchIndex(corpus) };
}

/** The highlighted words of a quote. */
export const highlighted = (q: Quote) => q.highlights.map(([s, e]) => q.text.slice(s, e));
