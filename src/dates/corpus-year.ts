/**
 * The year a day and month without one ("15 अगस्त को", "في 15 أغسطس") is taken to be in, in an article
 * with no known publication date: the year nearly every article of the corpus with a known date was
 * published in. A server collecting one year's coverage gets its dates even when a few later
 * retrospectives join it; a corpus spread over years assumes nothing, and a weekday or "yesterday"
 * still needs the article's own date.
 */
import type { Article } from '../types.ts';
import { yearlessDatelineDay } from './publication.ts';

/** Fewer dated articles than this say too little about the corpus. */
const MIN_DATED = 3;
/**
 * The share of dated articles one year must hold. One article from another year must not take the
 * dates of hundreds away (a 2022 retrospective among 2021 coverage), yet in a small corpus a single
 * one still does: with fewer than ten dated articles this needs all of them.
 */
const MIN_SHARE = 0.9;

/**
 * @example corpusYear([{ published: '2021-08-17', publishedFrom: 'catalog' }, …]) // 2021
 */
export function corpusYear(articles: ReadonlyArray<Pick<Article, 'published' | 'publishedFrom'>>): number | undefined {
  const perYear = new Map<number, number>();
  let dated = 0;
  for (const a of articles) {
    // A date guessed from the text's first full date may be an earlier event's: not evidence.
    if (!a.published || a.publishedFrom === 'text') continue;
    const year = Number(a.published.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    dated++;
  }
  if (dated < MIN_DATED) return undefined;
  const [year, count] = [...perYear].reduce((best, next) => (next[1] > best[1] ? next : best));
  return count >= MIN_SHARE * dated ? year : undefined;
}

/**
 * Gives each article without a reliable publication date the corpus year, if there is one, and the
 * day of its dateline written without a year ("नयी दिल्ली, 21 जुलाई (भाषा)") in that year as the
 * day it was written on.
 */
export function assumeCorpusYear(articles: Article[]): void {
  const year = corpusYear(articles);
  for (const a of articles) {
    if (a.published && a.publishedFrom !== 'text') {
      delete a.assumedYear;
      continue;
    }
    const day = year === undefined ? undefined : yearlessDatelineDay(a.paragraphs.map((p) => p.text), year);
    if (year !== undefined) a.assumedYear = year;
    else delete a.assumedYear;
    if (day) a.datelineDay = day;
    else delete a.datelineDay;
  }
}
