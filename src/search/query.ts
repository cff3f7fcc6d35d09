/**
 * Searching the paragraph index: each query unit is searched on its own (a paragraph scores by the
 * best of the unit's alternatives it contains), unit scores are summed and scaled by the share of units a paragraph matches (a paragraph with "Kabul" and
 * "airport" beats one that repeats "Kabul"), then paragraphs are grouped per article.
 */
import type { Citation, Quote } from '../answer.ts';
import type { Article, Corpus, Lang } from '../types.ts';
import { parseQuery, type QueryUnit } from './expand.ts';
import type { SearchIndex } from './index.ts';
import { paragraphQuotes, type UnitMatch } from './quotes.ts';

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

const articleMaps = new WeakMap<Corpus, Map<number, Article>>();

function articlesOf(corpus: Corpus): Map<number, Article> {
  let map = articleMaps.get(corpus);
  if (!map) {
    map = new Map(corpus.articles.map((a) => [a.number, a]));
    articleMaps.set(corpus, map);
  }
  return map;
}

interface DocHit {
  id: number;
  score: number;
  units: number;
  matches: UnitMatch[];
}

function collectHits(index: SearchIndex, corpus: Corpus, units: QueryUnit[], language?: Lang): DocHit[] {
  const articles = articlesOf(corpus);
  const langOf = (id: number) => {
    const ref = index.refs[id]!;
    return articles.get(ref.article)?.paragraphs[ref.position]?.lang;
  };
  const filter = language ? (r: { id: number }) => langOf(r.id) === language : undefined;
  const hits = new Map<number, DocHit>();
  units.forEach((unit, u) => {
    const best = new Map<number, number>();
    for (const alternative of unit.alternatives) {
      for (const r of index.mini.search(alternative, { filter })) {
        const id = r.id as number;
        let hit = hits.get(id);
        if (!hit) {
          hit = { id, score: 0, units: 0, matches: units.map(() => ({ word: new Set(), stem: new Set() })) };
          hits.set(id, hit);
        }
        best.set(id, Math.max(best.get(id) ?? 0, r.score));
        for (const [term, fields] of Object.entries(r.match)) {
          for (const field of fields) hit.matches[u]![field === 'stem' ? 'stem' : 'word'].add(term);
        }
      }
    }
    for (const [id, score] of best) {
      const hit = hits.get(id)!;
      hit.score += score;
      hit.units++;
    }
  });
  for (const hit of hits.values()) hit.score *= hit.units / units.length;
  return [...hits.values()];
}

/**
 * Searches the corpus; plain data, ranked, one group per article.
 * @example searchCorpus(index, corpus, 'Lavrov').articles.map((a) => a.article) // [2, 0, 4]
 */
export function searchCorpus(index: SearchIndex, corpus: Corpus, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = Math.min(Math.max(1, Math.floor(opts.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const parsed = parseQuery(query, index.vocabulary);
  const articles = articlesOf(corpus);
  const byArticle = new Map<number, DocHit[]>();
  for (const hit of collectHits(index, corpus, parsed.units, opts.language)) {
    const article = index.refs[hit.id]!.article;
    byArticle.set(article, [...(byArticle.get(article) ?? []), hit]);
  }
  const groups = [...byArticle].map(([article, hits]) => {
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    const [best, ...rest] = hits;
    const score = best!.score + 0.2 * rest.slice(0, 2).reduce((s, h) => s + h.score, 0);
    return { article, hits, score };
  });
  groups.sort((a, b) => b.score - a.score || a.article - b.article);
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
        return { paragraph: p.number, score: h.score, quotes: paragraphQuotes(p, h.matches, citation) };
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
    totalArticles: groups.length,
  };
}
