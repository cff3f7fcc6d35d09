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
  /** Sizes for /status and the benchmark. */
  counts(): { articles: number; paragraphs: number; extra: Record<string, number> };
}

/** What a snapshot stores: plain data only; lookups are rebuilt on load. */
export interface KnowledgeSnapshot {
  corpus: Corpus;
  builtAt: string;
}

/** @example buildKnowledge(loadCorpusSync('seeds')).articles.get(3)?.lang // 'arb' */
export function buildKnowledge(corpus: Corpus): Knowledge {
  return assemble({ corpus, builtAt: new Date().toISOString() });
}

function assemble(s: KnowledgeSnapshot): Knowledge {
  return {
    corpus: s.corpus,
    articles: new Map(s.corpus.articles.map((a) => [a.number, a])),
    builtAt: s.builtAt,
    counts: () => ({
      articles: s.corpus.articles.length,
      paragraphs: s.corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0),
      extra: {},
    }),
  };
}

export function knowledgeToSnapshot(kb: Knowledge): KnowledgeSnapshot {
  return { corpus: kb.corpus, builtAt: kb.builtAt };
}

export function knowledgeFromSnapshot(data: unknown): Knowledge {
  const s = data as KnowledgeSnapshot;
  if (!Array.isArray(s?.corpus?.articles) || typeof s.builtAt !== 'string') throw new Error('unexpected snapshot content');
  return assemble(s);
}
