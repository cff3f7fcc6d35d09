/**
 * Searching: all query units as one weighted OR query over the pruning layer (best articles first,
 * then their paragraphs), the top paragraphs re-scored by how many units they cover (a paragraph
 * with "Kabul" and "airport" beats one that repeats "Kabul"), then grouped per article, each
 * article scaled by the share of units it covers in all its paragraphs.
 */
import type { Citation, Quote } from '../answer.ts';
import type { Article, Corpus, Lang } from '../types.ts';
import { parseQuery, type ParsedQuery, type QueryUnit } from './expand.ts';
import type { Vocabulary } from './vocabulary.ts';
import { articleCandidates } from './articleIndex.ts';
import type { SearchIndex } from './index.ts';
import { fieldWeights, unitCovered, unitMatch } from './match.ts';
import { rangeHits } from './rangeScores.ts';
import type { SearchField } from './fields.ts';
import { paragraphQuotes, type UnitMatch } from './quotes.ts';
import { sameRarity } from './unitIdf.ts';

export interface ParagraphHit {
  /** Paragraph number as cited (0 = headline). */
  paragraph: number;
  score: number;
  quotes: Quote[];
}

export interface ArticleHit {
  article: number;
  title: string;
  lang: Lang;
  date?: string;
  score: number;
  /** The article's best 1–3 paragraphs, best first. */
  paragraphs: ParagraphHit[];
}

export interface SearchResult {
  query: string;
  /** How the query was understood, unit by unit. */
  units: Array<Pick<QueryUnit, 'text' | 'concept' | 'variants'>>;
  /** Stop words left out. */
  ignored: string[];
  /** Query words read; `dropped` more were beyond the caps and not searched. */
  read: number;
  dropped: number;
  /** Matching articles, best first, at most `limit`. */
  articles: ArticleHit[];
  /** How many articles matched before the limit. */
  totalArticles: number;
  /** Whether `totalArticles` is estimated: the pruned walk does not visit every match of common words. */
  totalIsEstimate: boolean;
}

export interface SearchOptions {
  language?: Lang;
  /** Articles to return: default 5, at most 10. */
  limit?: number;
}

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 10;
const MAX_PARAGRAPHS = 3;
/** A paragraph is shown with its article's best one if it scores at least this share of it. */
const PARAGRAPH_SHARE = 0.35;

/** Tables over the corpus that a search reads; the knowledge builds them once (src/knowledge.ts). */
export interface SearchTables {
  /** Article by number. */
  articles: ReadonlyMap<number, Article>;
  /** For each article position, the languages of its paragraphs. */
  languages: Array<Set<Lang>>;
  /**
   * More spellings for the query's words, from what the knowledge knows above search (the people
   * index: a query naming a person reaches every spelling of them, src/people/query-spellings.ts).
   */
  spellings?: QuerySpellings;
}

/** Query units with more spellings added to those that name something the knowledge knows. */
export type QuerySpellings = (units: QueryUnit[], vocabulary: Vocabulary) => QueryUnit[];

/** @example searchTables(corpus, new Map(corpus.articles.map((a) => [a.number, a]))) */
export function searchTables(corpus: Corpus, articles: ReadonlyMap<number, Article> = new Map(corpus.articles.map((a) => [a.number, a])), spellings?: QuerySpellings): SearchTables {
  return { articles, languages: corpus.articles.map((a) => new Set(a.paragraphs.map((p) => p.lang))), ...(spellings ? { spellings } : {}) };
}

/** Paragraphs re-scored by query coverage; those further down MiniSearch's order are not shown. */
const RERANK = 500;
const FIELDS: readonly SearchField[] = ['word', 'stem'];
/**
 * Articles whose paragraphs are scored: the best of the article index's order. Only `limit` (at
 * most 10) are shown; the margin lets paragraph scores reorder them (an article that mentions a
 * name once in a short paragraph can beat one that mentions it across many long ones). On a
 * 3,000-article synthetic corpus, 50 candidates missed a better-scoring article on 6 of 135
 * queries, 200 on 1.
 */
const CANDIDATE_ARTICLES = 200;

interface DocHit {
  id: number;
  article: number;
  score: number;
  /** Position in the paragraph stage's order. */
  rank: number;
  /** The query units the paragraph contains, one bit each (at most MAX_QUERY_TERMS). */
  units: number;
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

interface Collected {
  hits: DocHit[];
  articles: number;
  /** Whether `articles` is a count (else an estimate). */
  exact: boolean;
  /** The terms by which a hit contains each unit, for quoting it. */
  matchesOf: (hit: DocHit) => UnitMatch[];
}

const NOTHING: Collected = { hits: [], articles: 0, exact: true, matchesOf: () => [] };

/** The id ranges of the given articles' paragraphs (corpus positions), in id order. */
function paragraphRanges(index: SearchIndex, positions: readonly number[]): Array<[number, number]> {
  return [...positions].sort((a, b) => a - b).map((p) => [index.firstParagraph[p]!, index.firstParagraph[p + 1]!]);
}

/**
 * Two stages, so that a common word does not cost a score, an object and a sort place for every
 * paragraph that contains it: a MaxScore walk over the article postings names the CANDIDATE_ARTICLES
 * best articles (and counts, or past its pruning estimates, the articles that match); only their
 * paragraphs are then scored, each term's paragraph postings sought to their id ranges, with the same
 * corpus-wide BM25 statistics as before. Both stages score as MiniSearch does, on MiniSearch's
 * postings. Each paragraph is then re-scored: MiniSearch multiplies a sum of term
 * scores by the number of terms matched, which would reward a paragraph for holding several
 * spellings of one name; the score used here is the mean term score times the number of units the
 * paragraph contains, times the share of units it contains. Paragraphs containing no unit (only
 * half of a phrase) are dropped.
 */
function collectHits(index: SearchIndex, tables: SearchTables, units: QueryUnit[], language?: Lang): Collected {
  const { articles } = tables;
  const languages = language ? tables.languages : undefined;
  const candidates = articleCandidates(index.pruning.articles, units, CANDIDATE_ARTICLES, languages && ((position) => languages[position]!.has(language!)));
  const langOf = (id: number) => {
    const ref = index.refs[id]!;
    return articles.get(ref.article)?.paragraphs[ref.position]?.lang;
  };
  const weights = fieldWeights(units);
  const queries = FIELDS.filter((field) => weights[field].size > 0).map((field) => ({ field, terms: weights[field] }));
  const results = rangeHits(index.pruning.paragraphs, queries, paragraphRanges(index, candidates.best), language && ((id) => langOf(id) === language));
  const hits: DocHit[] = [];
  // A candidate counts as matching if a paragraph contains a unit (the article index only knows that
  // the article as a whole does) or, below the re-scored ones, any query term.
  const confirmed = new Set<number>();
  let rank = 0;
  const has = (term: string, field: SearchField) => results.has(rank, term, field);
  for (; rank < results.ids.length; rank++) {
    const id = results.ids[rank]!;
    const article = index.refs[id]!.article;
    if (rank >= RERANK) {
      confirmed.add(article);
      continue;
    }
    let covered = 0;
    let mask = 0;
    units.forEach((u, k) => {
      if (!unitCovered(u, has)) return;
      covered++;
      mask |= 1 << k;
    });
    if (covered === 0) continue;
    confirmed.add(article);
    const termCount = Math.max(1, results.terms[rank]!);
    const score = (results.scores[rank]! / termCount / termCount) * covered * (covered / units.length);
    hits.push({ id, article, score, rank, units: mask });
  }
  // The matched terms per unit are read only for the paragraphs quoted.
  const matchesOf = (hit: DocHit) => units.map((u) => unitMatch(u, results.matched(hit.rank)) ?? { word: new Set<string>(), stem: new Set<string>() });
  return { hits, articles: candidates.matched - candidates.best.length + confirmed.size, exact: candidates.exact, matchesOf };
}

/** Weight of the share of the query's units that the article's opening (headline or first paragraph) holds. */
const OPENING_WEIGHT = 0.3;
/** Weight of the log of how many times the article names the query's least-named person. */
const MENTIONS_WEIGHT = 0.3;
/** Paragraph numbers of the opening: the headline (0) and the first paragraph. */
const OPENING_PARAGRAPH = 1;

/**
 * How much an article is about the query, beyond its best paragraphs: many articles tell the
 * same meeting, and one that names the query's people and places in its headline or first
 * paragraph, and names the people many times, is about them more than one that mentions them in
 * a paragraph further down. A factor ≥ 1 of the article's score: (1 + OPENING_WEIGHT × the share
 * of units its opening holds) × (1 + MENTIONS_WEIGHT × ln(1 + the mentions of the least-named
 * person the query names)). Mentions are the people analysis's (`namedIn`), which counts every
 * spelling it joined to the person, not only those the query's words reach.
 */
function aboutnessOf(index: SearchIndex, tables: SearchTables, units: readonly QueryUnit[]): (article: number, hits: readonly DocHit[]) => number {
  const people = [...new Set(units.flatMap((u) => (u.namedIn ? [u.namedIn] : [])))];
  return (article, hits) => {
    const paragraphs = tables.articles.get(article)?.paragraphs;
    let opening = 0;
    for (const h of hits) {
      const number = paragraphs?.[index.refs[h.id]!.position]?.number;
      if (number !== undefined && number <= OPENING_PARAGRAPH) opening = Math.max(opening, bitCount(h.units));
    }
    const least = people.length > 0 ? Math.min(...people.map((named) => named.get(article) ?? 0)) : 0;
    return (1 + OPENING_WEIGHT * (opening / units.length)) * (1 + MENTIONS_WEIGHT * Math.log1p(least));
  };
}

interface ArticleGroup {
  article: number;
  /** The article's scored paragraphs, best first. */
  hits: DocHit[];
  score: number;
}

interface Ranked {
  parsed: ParsedQuery;
  groups: ArticleGroup[];
  totalArticles: number;
  exact: boolean;
  matchesOf: (hit: DocHit) => UnitMatch[];
}

/**
 * Every matching article of the candidates, scored and ranked (best first): what `searchCorpus`
 * shows the first `limit` of.
 */
function rankArticles(index: SearchIndex, query: string, tables: SearchTables, language?: Lang): Ranked {
  const read = parseQuery(query, index.vocabulary);
  const spelled = tables.spellings ? tables.spellings(read.units, index.vocabulary) : read.units;
  const parsed = { ...read, units: sameRarity(spelled, index.pruning.paragraphs) };
  const { hits, articles: totalArticles, exact, matchesOf } = parsed.units.length > 0 ? collectHits(index, tables, parsed.units, language) : NOTHING;
  const aboutness = aboutnessOf(index, tables, parsed.units);
  const byArticle = new Map<number, DocHit[]>();
  for (const hit of hits) {
    const list = byArticle.get(hit.article);
    if (list) list.push(hit);
    else byArticle.set(hit.article, [hit]);
  }
  const groups = [...byArticle].map(([article, hits]) => {
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    const [best, ...rest] = hits;
    // An article holding every unit of the query (Doval in one paragraph, Patrushev in another)
    // is about them more than one that repeats one of them: its score is scaled by the square of
    // the share of units it holds, as a paragraph's is by the units it holds.
    let covered = 0;
    for (const h of hits) covered |= h.units;
    const share = bitCount(covered) / parsed.units.length;
    const evidence = (best!.score + 0.2 * rest.slice(0, 2).reduce((s, h) => s + h.score, 0)) * share * share;
    return { article, hits, score: evidence * aboutness(article, hits) };
  });
  groups.sort((a, b) => b.score - a.score || a.article - b.article);
  return { parsed, groups, totalArticles, exact, matchesOf };
}

/**
 * Searches the corpus; plain data, ranked, one group per article.
 * @example searchCorpus(index, corpus, 'Lavrov', { limit: 3 }).articles.map((a) => a.article) // [4, 0, 2]
 */
export function searchCorpus(index: SearchIndex, corpus: Corpus, query: string, opts: SearchOptions = {}, tables: SearchTables = searchTables(corpus)): SearchResult {
  const asked = Number.isFinite(opts.limit) ? Math.floor(opts.limit!) : DEFAULT_LIMIT;
  const limit = Math.min(Math.max(1, asked), MAX_LIMIT);
  const { parsed, groups, totalArticles, exact, matchesOf } = rankArticles(index, query, tables, opts.language);
  const { articles } = tables;
  const shown = groups.slice(0, limit).map(({ article: number, hits, score }): ArticleHit => {
    const article = articles.get(number)!;
    const kept = hits.filter((h) => h.score >= PARAGRAPH_SHARE * hits[0]!.score).slice(0, MAX_PARAGRAPHS);
    return {
      article: number,
      title: article.title,
      lang: article.lang,
      date: article.published,
      score,
      paragraphs: kept.map((h) => {
        const p = article.paragraphs[index.refs[h.id]!.position]!;
        const citation: Citation = { article: number, paragraph: p.number, title: article.title, lang: p.lang, date: article.published };
        return { paragraph: p.number, score: h.score, quotes: paragraphQuotes(p, matchesOf(h), citation) };
      }),
    };
  });
  return {
    query,
    units: parsed.units.map(({ text, concept, variants }) => ({ text, concept, variants })),
    ignored: parsed.ignored,
    read: parsed.read,
    dropped: parsed.dropped,
    articles: shown,
    totalArticles,
    totalIsEstimate: !exact,
  };
}
