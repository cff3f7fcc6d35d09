/**
 * The article search index: MiniSearch over whole articles (every paragraph's analysed forms in one
 * document), the first stage of a search. A common word is in about a third as many articles as
 * paragraphs (at 10,000 synthetic articles, तालिबान is in 28,000 paragraphs of 9,200 articles), and
 * only the paragraphs of the best articles are scored (see `query.ts`). MiniSearch builds it; the
 * best articles are found by a MaxScore walk over its postings in the pruning layer, which does not
 * score every match as MiniSearch's own search would.
 */
import MiniSearch from 'minisearch';
import { ARTICLE_OPTIONS, type IndexedArticle } from './fields.ts';
import { miniFromColumns, type MiniColumns } from './miniColumns.ts';
import { termWeights } from './match.ts';
import { topDocuments } from './maxscore.ts';
import type { Postings } from './postings.ts';
import type { QueryUnit } from './expand.ts';

export type ArticleMiniSearch = MiniSearch<IndexedArticle>;

/** Analysed text of one article, as indexed: `id` is the article's position in the corpus. */
export type ArticleText = IndexedArticle;

/** Restores an article index saved with `miniToColumns`. */
export function loadArticleIndex(columns: MiniColumns): ArticleMiniSearch {
  return miniFromColumns(columns, ARTICLE_OPTIONS);
}

export interface ArticleCandidates {
  /** Corpus positions of the best-scoring articles, best first, at most `max`. */
  best: number[];
  /** How many articles contain at least one query unit; an estimate when `exact` is false. */
  matched: number;
  exact: boolean;
}

/** Whether a unit can be half-matched: one of its phrases has several words. */
const hasPhrase = (units: QueryUnit[]) => units.some((u) => u.phrases.some((p) => p.length > 1));

/** The article index's only field. */
const TERMS_FIELD = 0;

/**
 * The articles that contain at least one query unit (every word of one of its phrases, possibly in
 * different paragraphs, as a word or a stem), and the `max` best of them by the query terms at
 * their weights, as MiniSearch's article index would rank them; `accept` may restrict articles (a
 * language filter). Found by a MaxScore walk over the pruning layer's postings (`maxscore.ts`).
 * @example articleCandidates(index.pruning.articles, units, 50).best // [4, 0, 2]
 */
export function articleCandidates(postings: Postings, units: QueryUnit[], max: number, accept?: (position: number) => boolean): ArticleCandidates {
  const terms = [...termWeights(units)].map(([term, weight]) => ({ term, weight }));
  // Without multi-word phrases every matched term fills a unit, so coverage need not be checked.
  const covers = hasPhrase(units) ? phraseCheck(units, new Map(terms.map((t, i) => [t.term, i]))) : undefined;
  const top = topDocuments(postings, TERMS_FIELD, terms, max, { accept, covers });
  return { best: top.best, matched: top.matched, exact: top.exact };
}

/**
 * `unitsCovered` over term positions, for the walk to call on every document it scores: each phrase
 * as the lists of query-term positions that fill its slots.
 */
function phraseCheck(units: QueryUnit[], position: ReadonlyMap<string, number>): (matched: (term: number) => boolean) => boolean {
  const phrases = units.flatMap((u) =>
    u.phrases.map((phrase) => phrase.map((slot) => [...new Set([...slot.word.keys(), ...slot.stem.keys()])].flatMap((t) => (position.has(t) ? [position.get(t)!] : [])))),
  );
  return (matched) => phrases.some((phrase) => phrase.every((slot) => slot.some(matched)));
}
