/**
 * Answers about the articles themselves: one article's text (/article) and the list (/articles).
 */
import type { Answer, AnswerItem, Choice } from '../answer.ts';
import type { Knowledge } from '../knowledge.ts';
import { joined, msg, type Text } from '../i18n/message.ts';
import type { Article } from '../types.ts';
import { foldForMatch } from './match.ts';
import { articleDateLine } from './search.ts';

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

function metadataLine(a: Article): Text {
  const bodyCount = a.paragraphs.filter((p) => p.number > 0).length;
  return joined(' · ', articleDateLine(a.lang, a.published), a.source && msg('article.source', { source: a.source }), msg('article.paragraphs', { n: bodyCount }));
}

function unknownArticle(kb: Knowledge, number: number): Answer {
  const numbers = [...kb.articles.keys()];
  return {
    status: 'user-error',
    title: msg('article.none-title'),
    intro: numbers.length ? msg('article.none', { n: number, numbers: numberRanges(numbers) }) : msg('article.none-loaded', { n: number }),
    items: [],
  };
}

/**
 * @example articleAnswer(kb, 3).title // '#3 · بوتين وعمران خان …'
 */
export function articleAnswer(kb: Knowledge, number: number, paragraph?: number): Answer {
  const article = kb.articles.get(number);
  if (!article) return unknownArticle(kb, number);
  const numbers = article.paragraphs.map((p) => p.number);
  if (paragraph !== undefined && !numbers.includes(paragraph)) {
    return {
      status: 'user-error',
      title: msg('article.no-paragraph-title', { paragraph, n: number }),
      intro: msg('article.paragraphs-are', { n: number, numbers: numberRanges(numbers.filter((n) => n > 0)), headline: numbers.includes(0) ? 1 : 0 }),
      items: [],
    };
  }
  const shown = article.paragraphs.filter((p) => paragraph === undefined || p.number === paragraph);
  const items: AnswerItem[] = shown.map((p) => ({
    heading: p.number === 0 ? msg('article.headline') : `¶${p.number}`,
    lines: [p.text],
  }));
  const notes: Text[] = [msg('article.file', { file: article.file, from: msg(`article.title-from.${article.titleFrom}`) })];
  if (article.publishedFrom && article.publishedFrom !== 'catalog') notes.push(msg('article.date-from', { from: msg(`article.date-from.${article.publishedFrom}`) }));
  return { status: 'ok', title: `#${article.number} · ${article.title}`, intro: metadataLine(article), items, notes };
}

export function articlesAnswer(kb: Knowledge): Answer {
  const all = kb.corpus.articles;
  if (all.length === 0) return { status: 'empty', title: msg('articles.title'), intro: msg('articles.none'), items: [] };
  const items: AnswerItem[] = all.slice(0, ARTICLE_LIST_MAX).map((a) => ({ heading: `#${a.number} · ${a.title}`, lines: [metadataLine(a)] }));
  const notes: Text[] = all.length > ARTICLE_LIST_MAX ? [msg('articles.capped', { shown: ARTICLE_LIST_MAX, total: all.length })] : [];
  notes.push(msg('articles.read-one'));
  return { status: 'ok', title: msg('articles.title'), intro: msg('articles.count', { n: all.length }), items, notes };
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
