/**
 * Everything questions are answered from, built once from a corpus (or restored from a snapshot) and
 * swapped whole on reload, so a question never sees a half-built state.
 */
import type { Article, Corpus } from './types.ts';

export interface Knowledge {
  corpus: Corpus;
  articles: Map<number, Article>;
  /** When this knowledge was built (ISO time). */
  builtAt: string;
}

/** @example buildKnowledge(loadCorpusSync('seeds')).articles.get(3)?.lang // 'arb' */
export function buildKnowledge(corpus: Corpus): Knowledge {
  return {
    corpus,
    articles: new Map(corpus.articles.map((a) => [a.number, a])),
    builtAt: new Date().toISOString(),
  };
}
