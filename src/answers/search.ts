/**
 * /search: paragraphs matching words or names in any script, one item per article with its best
 * quotes, plus a line on how the query was understood (which spellings and translations were used).
 */
import type { Answer, AnswerItem } from '../answer.ts';
import { joined, msg, type Text } from '../i18n/message.ts';
import type { SearchIndex } from '../search/index.ts';
import { MAX_QUERY_TERMS } from '../search/expand.ts';
import { searchCorpus, type ArticleHit, type SearchResult } from '../search/query.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Corpus, Lang } from '../types.ts';

export interface SearchAnswerOptions {
  query: string;
  language?: Lang;
  /** Articles to show: default 5, at most 10. */
  limit?: number;
}

/** The query as shown in the title; a pasted page is cut (the search itself caps its terms). */
const TITLE_QUERY_CHARS = 80;

function titleOf(query: string): Text {
  const q = query.trim().replace(/\s+/gu, ' ');
  return msg('search.title', { query: q.length > TITLE_QUERY_CHARS ? `${q.slice(0, TITLE_QUERY_CHARS - 1)}…` : q });
}

/** "Lavrov (also लावरोव, لافروف)", "airport (हवाई अड्डा, مطار)". */
function understood(result: SearchResult): Text {
  const parts = result.units.map((u): Text => {
    if (u.variants.length === 0) return u.text;
    return u.concept ? `${u.text} (${u.variants.join(', ')})` : [u.text, ' ', msg('search.also', { variants: u.variants.join(', ') })];
  });
  return msg('search.understood', { parts: joined('; ', ...parts) });
}

/** "Hindi · published 2021-08-17": the language and date line of an article. */
export function articleDateLine(lang: Lang, published: string | undefined): Text {
  return joined(' · ', msg(`lang.${lang}`), published ? msg('article.published', { date: published }) : msg('article.date-unknown'));
}

function item(hit: ArticleHit): AnswerItem {
  const where = joined(', ', ...hit.paragraphs.map((p) => (p.paragraph === 0 ? msg('search.the-headline') : `¶${p.paragraph}`)));
  const best = msg('search.best-match', { n: hit.paragraphs.length, where });
  return { heading: `#${hit.article} · ${hit.title}`, lines: [joined(' · ', articleDateLine(hit.lang, hit.date), best)], quotes: hit.paragraphs.flatMap((p) => p.quotes) };
}

function notesOf(result: SearchResult): Text[] {
  const notes: Text[] = [];
  if (result.dropped > 0) notes.push(msg('search.long-query', { read: result.read, max: MAX_QUERY_TERMS, dropped: result.dropped }));
  if (result.ignored.length > 0) notes.push(msg('search.common-left-out', { words: [...new Set(result.ignored)].slice(0, 8).join(', ') }));
  return notes;
}

/**
 * Answers a search over all paragraphs.
 * @example searchAnswer(index, corpus, { query: 'Kabul airport' }).items[0]?.heading // '#0 · Lavrov and Blinken …'
 */
export function searchAnswer(index: SearchIndex, corpus: Corpus, opts: SearchAnswerOptions): Answer {
  const title = titleOf(opts.query);
  if (tokenize(opts.query).length === 0) {
    return { status: 'user-error', title: msg('search.title-bare'), intro: msg('search.type-something'), items: [] };
  }
  const result = searchCorpus(index, corpus, opts.query, { language: opts.language, limit: opts.limit });
  const language = opts.language ? msg(`lang.${opts.language}`) : undefined;
  const notes = notesOf(result);
  if (result.units.length === 0) return { status: 'empty', title, intro: msg('search.too-common'), items: [], notes };
  if (result.articles.length === 0) {
    return { status: 'empty', title, intro: [understood(result), ' ', msg('search.no-match', { language })], items: [], notes };
  }
  return {
    status: 'ok',
    title,
    intro: [understood(result), ' ', msg('search.count', { n: result.totalArticles, language, shown: result.articles.length })],
    items: result.articles.map(item),
    notes: [...notes, msg('search.note')],
  };
}
