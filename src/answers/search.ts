/**
 * /search: paragraphs matching words or names in any script, one item per article with its best
 * quotes, plus a line on how the query was understood (which spellings and translations were used).
 */
import type { Answer, AnswerItem } from '../answer.ts';
import { languageName } from '../render/labels.ts';
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

function titleOf(query: string): string {
  const q = query.trim().replace(/\s+/gu, ' ');
  return `Search: ${q.length > TITLE_QUERY_CHARS ? `${q.slice(0, TITLE_QUERY_CHARS - 1)}…` : q}`;
}

/** "Lavrov (also लावरोव, لافروف)", "airport (हवाई अड्डा, مطار)". */
function understood(result: SearchResult): string {
  const parts = result.units.map((u) => {
    if (u.variants.length === 0) return u.text;
    return u.concept ? `${u.text} (${u.variants.join(', ')})` : `${u.text} (also ${u.variants.join(', ')})`;
  });
  return `Searched for ${parts.join('; ')}.`;
}

function item(hit: ArticleHit): AnswerItem {
  const meta = [languageName(hit.lang), hit.date ? `published ${hit.date}` : 'publication date unknown'];
  meta.push(`best match${hit.paragraphs.length > 1 ? 'es' : ''} in ${hit.paragraphs.map((p) => (p.paragraph === 0 ? 'the headline' : `¶${p.paragraph}`)).join(', ')}`);
  return { heading: `#${hit.article} · ${hit.title}`, lines: [meta.join(' · ')], quotes: hit.paragraphs.flatMap((p) => p.quotes) };
}

function notesOf(result: SearchResult): string[] {
  const notes: string[] = [];
  if (result.dropped > 0) {
    notes.push(
      `Long query: only its first ${result.read} words were read (at most ${MAX_QUERY_TERMS} search terms); ${result.dropped} more word${result.dropped === 1 ? ' was' : 's were'} left out.`,
    );
  }
  if (result.ignored.length > 0) notes.push(`Very common words were left out: ${[...new Set(result.ignored)].slice(0, 8).join(', ')}.`);
  return notes;
}

/** "3 articles", or for an estimated count "about 7,000 articles" (two significant digits). */
function articleCount(result: SearchResult): string {
  const n = result.totalArticles;
  if (!result.totalIsEstimate) return `${n} article${n === 1 ? '' : 's'}`;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, n))) - 1);
  return `about ${(Math.round(n / unit) * unit).toLocaleString('en-US')} articles`;
}

/**
 * Answers a search over all paragraphs.
 * @example searchAnswer(index, corpus, { query: 'Kabul airport' }).items[0]?.heading // '#0 · Lavrov and Blinken …'
 */
export function searchAnswer(index: SearchIndex, corpus: Corpus, opts: SearchAnswerOptions): Answer {
  const title = titleOf(opts.query);
  if (tokenize(opts.query).length === 0) {
    return {
      status: 'user-error',
      title: 'Search',
      intro: 'Please type a word or a name to search for, in any script: for example Lavrov, Kabul airport, तालिबान or مطار.',
      items: [],
    };
  }
  const result = searchCorpus(index, corpus, opts.query, { language: opts.language, limit: opts.limit });
  const inLanguage = opts.language ? ` in ${languageName(opts.language)}` : '';
  const notes = notesOf(result);
  if (result.units.length === 0) {
    return { status: 'empty', title, intro: 'Those words are too common to search for; add a name, a place or a topic.', items: [], notes };
  }
  if (result.articles.length === 0) {
    const tips = ['fewer words', 'another spelling', 'a name in another script (Latin, Devanagari or Arabic)'];
    if (opts.language) tips.push('no language filter');
    return { status: 'empty', title, intro: `${understood(result)} No paragraph${inLanguage} matches. Try ${tips.join(', ')}.`, items: [], notes };
  }
  const shown = result.articles.length;
  const count = `${articleCount(result)}${inLanguage} match${result.totalArticles === 1 && !result.totalIsEstimate ? 'es' : ''}`;
  const showing = shown < result.totalArticles ? `; showing the best ${shown}` : '';
  return {
    status: 'ok',
    title,
    intro: `${understood(result)} ${count}${showing}.`,
    items: result.articles.map(item),
    notes: [...notes, 'Quotes are verbatim; matched words are highlighted. Dates are publication dates.'],
  };
}
