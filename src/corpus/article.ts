/**
 * One article file's text → an analysed Article: paragraphs (one per line of article text), the
 * headline when the first line is one, language and sentences per paragraph.
 */
import type { Article, Paragraph } from '../types.ts';
import type { CatalogEntry } from './catalog.ts';
import { cleanLines } from './boilerplate.ts';
import { articleLanguage, detectLanguage } from '../languages/detect.ts';
import { splitSentences } from './segment.ts';
import { datelineDate, inferPublicationDate } from '../dates/publication.ts';
import { parseIsoDay, toEpochDay } from '../dates/calendar.ts';

const TITLE_MAX = 100;
const HEADLINE_MAX = 200;
const SENTENCE_FINAL = /[।॥.?!؟۔"'”’»]$/u;

/**
 * A first line is a headline when it is short, is not a finished sentence and more text follows:
 * news sites print headlines without a full stop, while lead paragraphs end with one.
 */
function isHeadline(first: string, lineCount: number): boolean {
  return lineCount > 1 && first.length <= HEADLINE_MAX && !SENTENCE_FINAL.test(first) && splitSentences(first).length === 1;
}

/** Cuts at a word boundary and says so with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/u);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface ArticleInput {
  number: number;
  file: string;
  text: string;
  hash: string;
  catalog?: CatalogEntry;
}

/**
 * @example analyseArticle({ number: 7, file: '007_x.txt', text: 'Headline\nBody.', hash: '' }).title // 'Headline'
 */
export function analyseArticle(input: ArticleInput): Article {
  const lines = input.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { kept } = cleanLines(lines);
  if (kept.length === 0) throw new Error('no article text left after removing empty lines and site boilerplate');
  const headline = isHeadline(kept[0]!.text, kept.length);
  const paragraphs: Paragraph[] = kept.map((line, i) => {
    const lang = detectLanguage(line.text);
    return { article: input.number, number: headline ? i : i + 1, text: line.text, lang, sentences: splitSentences(line.text, lang) };
  });

  const body = paragraphs.filter((p) => p.number > 0);
  let title: string;
  let titleFrom: Article['titleFrom'];
  if (input.catalog?.title) {
    title = input.catalog.title;
    titleFrom = 'catalog';
  } else if (headline) {
    title = paragraphs[0]!.text;
    titleFrom = 'headline';
  } else {
    title = cutAtWord(body[0]?.sentences[0]?.text ?? body[0]?.text ?? '', TITLE_MAX);
    titleFrom = 'first-sentence';
  }

  const article: Article = {
    number: input.number,
    file: input.file,
    title,
    titleFrom,
    lang: articleLanguage(body),
    paragraphs,
    hash: input.hash,
  };
  // The catalog knows best; otherwise a new article usually carries a dateline or a full date.
  const inferred = input.catalog?.published ? undefined : inferPublicationDate(paragraphs.map((p) => p.text));
  if (input.catalog?.published) {
    article.published = input.catalog.published;
    article.publishedFrom = 'catalog';
    const dateline = datelineDate(paragraphs.map((p) => p.text));
    const lag = dateline ? daysBetween(dateline, input.catalog.published) : 0;
    if (lag >= 1 && lag <= DATELINE_LAG) article.datelineDay = dateline;
  } else if (inferred) {
    article.published = inferred.date;
    article.publishedFrom = inferred.from;
  }
  if (input.catalog?.source) article.source = input.catalog.source;
  return article;
}

/* How many days an agency report's dateline may stand before the catalog's date and still be the text's "today". */
const DATELINE_LAG = 3;

/** Days from `a` to `b` (YYYY-MM-DD), NaN if either is unreadable. */
function daysBetween(a: string, b: string): number {
  const [x, y] = [parseIsoDay(a), parseIsoDay(b)];
  return x && y ? toEpochDay(y.year, y.month, y.day) - toEpochDay(x.year, x.month, x.day) : NaN;
}
