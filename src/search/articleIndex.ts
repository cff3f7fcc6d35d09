/**
 * The article search index: MiniSearch over whole articles (every paragraph's analysed forms in one
 * document), used as the first stage of a search. MiniSearch makes, scores and sorts a result for
 * every matching document; a common word is in about a third as many articles as paragraphs (at
 * 10,000 synthetic articles, तालिबान is in 28,000 paragraphs of 9,200 articles), and the paragraph
 * index then makes results only for the paragraphs of the best articles (see `query.ts`).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { ARTICLE_OPTIONS, type IndexedArticle } from './fields.ts';
import { miniFromColumns, type MiniColumns } from './miniColumns.ts';
import { coversAnyUnit, termsQuery } from './match.ts';
import type { QueryUnit } from './expand.ts';

export type ArticleMiniSearch = MiniSearch<IndexedArticle>;

/** Analysed text of one article, as indexed: `id` is the article's position in the corpus. */
export type ArticleText = IndexedArticle;

/**
 * Builds the article index from the articles' analysed forms.
 * @example buildArticleIndex([{ id: 0, terms: 'lavrov kabul' }]).documentCount // 1
 */
export function buildArticleIndex(articles: ArticleText[]): ArticleMiniSearch {
  const mini = new MiniSearch<IndexedArticle>(ARTICLE_OPTIONS);
  mini.addAll(articles);
  return mini;
}

/** Restores an article index saved with `miniToColumns`. */
export function loadArticleIndex(columns: MiniColumns): ArticleMiniSearch {
  return miniFromColumns(columns, ARTICLE_OPTIONS);
}

export interface ArticleCandidates {
  /** Corpus positions of the best-scoring articles, at most `max`. */
  best: Set<number>;
  /** How many articles contain at least one query unit. */
  matched: number;
}

/** Whether a unit can be half-matched: one of its phrases has several words. */
const hasPhrase = (units: QueryUnit[]) => units.some((u) => u.phrases.some((p) => p.length > 1));

/**
 * The articles that contain at least one query unit (every word of one of its phrases, possibly in
 * different paragraphs, as a word or a stem), and the `max` best of them by the query terms at
 * their weights; `accept` may restrict articles (a language filter).
 * @example articleCandidates(index.articles, units, 50).best // Set {4, 0, 2}
 */
export function articleCandidates(mini: ArticleMiniSearch, units: QueryUnit[], max: number, accept?: (position: number) => boolean): ArticleCandidates {
  // Without multi-word phrases every matched term fills a unit, so coverage need not be checked.
  const covers = hasPhrase(units) ? (r: SearchResult) => coversAnyUnit(units, r.match, false) : undefined;
  const filter = accept || covers ? (r: SearchResult) => (accept?.(r.id as number) ?? true) && (covers?.(r) ?? true) : undefined;
  const results = mini.search(termsQuery(units), { filter });
  return { best: new Set(results.slice(0, max).map((r) => r.id as number)), matched: results.length };
}
