/**
 * Answers about the articles themselves: one article's text (/article) and the list (/articles).
 */
import type { Answer, AnswerItem, Choice } from '../answer.ts';
import type { Knowledge } from '../knowledge.ts';
import { languageName } from '../render/labels.ts';
import type { Article } from '../types.ts';
import { foldForMatch } from '../text/match.ts';

/** More than this many articles are summarised rather than listed one by one. */
export const ARTICLE_LIST_MAX = 100;

/** @example numberRanges([0, 1, 2, 5]) // '0–2, 5' */
export function numberRanges(numbers: number[]): string {
  const parts: string[] = [];
  const sorted = [...numbers].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function metadataLine(a: Article): string {
  const bodyCount = a.paragraphs.filter((p) => p.number > 0).length;
  const parts = [languageName(a.lang)];
  parts.push(a.published ? `published ${a.published}` : 'publication date unknown');
  if (a.source) parts.push(`source: ${a.source}`);
  parts.push(`${bodyCount} paragraph${bodyCount === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function unknownArticle(kb: Knowledge, number: number): Answer {
  const numbers = [...kb.articles.keys()];
  return {
    status: 'user-error',
    title: 'No such article',
    intro: numbers.length
      ? `There is no article ${number}. The articles are numbered ${numberRanges(numbers)}; /articles lists them.`
      : `There is no article ${number}: no articles are loaded.`,
    items: [],
  };
}

export interface ArticleOptions {
  number: number;
  /** One paragraph only (0 is the headline). */
  paragraph?: number;
}

/**
 * @example articleAnswer(kb, { number: 3 }).title // '#3 · بوتين وعمران خان …'
 */
export function articleAnswer(kb: Knowledge, options: ArticleOptions): Answer {
  const { number, paragraph } = options;
  const article = kb.articles.get(number);
  if (!article) return unknownArticle(kb, number);
  const numbers = article.paragraphs.map((p) => p.number);
  if (paragraph !== undefined && !numbers.includes(paragraph)) {
    return {
      status: 'user-error',
      title: `No paragraph ${paragraph} in article ${number}`,
      intro: `Article ${number} has paragraphs ${numberRanges(numbers.filter((n) => n > 0))}${numbers.includes(0) ? ' (0 is its headline)' : ''}.`,
      items: [],
    };
  }
  const shown = article.paragraphs.filter((p) => paragraph === undefined || p.number === paragraph);
  const items: AnswerItem[] = shown.map((p) => ({
    heading: p.number === 0 ? 'Headline' : `¶${p.number}`,
    lines: [p.text],
  }));
  const notes = [`File ${article.file}. Title from the ${article.titleFrom === 'first-sentence' ? 'first sentence' : article.titleFrom}.`];
  if (article.publishedFrom && article.publishedFrom !== 'catalog') notes.push(`Publication date taken from the article's ${article.publishedFrom}.`);
  return { status: 'ok', title: `#${article.number} · ${article.title}`, intro: metadataLine(article), items, notes };
}

export function articlesAnswer(kb: Knowledge): Answer {
  const all = kb.corpus.articles;
  if (all.length === 0) return { status: 'empty', title: 'Articles', intro: 'No articles are loaded.', items: [] };
  const items: AnswerItem[] = all.slice(0, ARTICLE_LIST_MAX).map((a) => ({ heading: `#${a.number} · ${a.title}`, lines: [metadataLine(a)] }));
  const notes = all.length > ARTICLE_LIST_MAX ? [`Showing the first ${ARTICLE_LIST_MAX} of ${all.length} articles; /search finds the rest.`] : [];
  notes.push('Read one with /article number:N.');
  return { status: 'ok', title: 'Articles', intro: `${all.length} article${all.length === 1 ? '' : 's'} loaded.`, items, notes };
}

/** Autocomplete for article numbers: matches the number or words of the title, in any script. */
export function articleChoices(kb: Knowledge, typed: string, max = 25): Choice[] {
  const query = foldForMatch(typed);
  const out: Choice[] = [];
  for (const a of kb.corpus.articles) {
    if (query && !String(a.number).startsWith(query) && !foldForMatch(a.title).includes(query)) continue;
    const name = `#${a.number} · ${a.title}`;
    out.push({ name: name.length > 100 ? `${name.slice(0, 99)}…` : name, value: a.number });
    if (out.length === max) break;
  }
  return out;
}
