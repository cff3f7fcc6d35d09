/**
 * The year a day and month without one ("15 अगस्त को", "في 15 أغسطس") is taken to be in, in an article
 * with no known publication date: the one year every article of the corpus with a known date was
 * published in. A server collecting one year's coverage gets its dates; a corpus spanning years
 * assumes nothing, and a weekday or "yesterday" still needs the article's own date.
 */
import type { Article } from '../types.ts';

/** Fewer dated articles than this say too little about the corpus. */
const MIN_DATED = 3;

/**
 * @example corpusYear([{ published: '2021-08-17', publishedFrom: 'catalog' }, …]) // 2021
 */
export function corpusYear(articles: ReadonlyArray<Pick<Article, 'published' | 'publishedFrom'>>): number | undefined {
  const years = new Set<number>();
  let dated = 0;
  for (const a of articles) {
    // A date guessed from the text's first full date may be an earlier event's: not evidence.
    if (!a.published || a.publishedFrom === 'text') continue;
    years.add(Number(a.published.slice(0, 4)));
    dated++;
  }
  return dated >= MIN_DATED && years.size === 1 ? [...years][0] : undefined;
}

/** Gives each article without a reliable publication date the corpus year, if there is one. */
export function assumeCorpusYear(articles: Article[]): void {
  const year = corpusYear(articles);
  for (const a of articles) {
    if (year !== undefined && (!a.published || a.publishedFrom === 'text')) a.assumedYear = year;
    else delete a.assumedYear;
  }
}
