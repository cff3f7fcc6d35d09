/**
 * The one quote cutter: a verbatim slice of a sentence (or paragraph) with the matched words
 * highlighted. A long one is cut at word boundaries to about QUOTE_CHARS characters, starting
 * LEAD_CHARS before the first highlighted word and reaching at least the last one, and the cut is
 * flagged so renderers show an ellipsis. Search, /who-met, /on and /timeline all quote through it.
 */
import type { Citation, Quote } from '../answer.ts';
import type { Article, Paragraph } from '../types.ts';
import { tokenize } from './tokenize.ts';

/** Longest quote before it is cut. */
export const QUOTE_CHARS = 300;
/** Characters kept before the first highlighted word when a quote is cut. */
export const LEAD_CHARS = 60;

/** Offsets [start, end); in the coordinates of `text` shifted by `offset` (0 for a paragraph). */
export interface QuoteSpan {
  start: number;
  end: number;
}

/**
 * The quote of `span` of `text`, whose first character is at `offset`, with `marks` (same
 * coordinates) highlighted.
 * @example cutQuote(p.text, 0, { start: 0, end: 40 }, [[5, 11]], citation).highlights // [[5, 11]]
 */
export function cutQuote(text: string, offset: number, span: QuoteSpan, marks: ReadonlyArray<readonly [number, number]>, citation: Citation, maxChars = QUOTE_CHARS): Quote {
  let { start, end } = span;
  if (end - start > maxChars) {
    const words = tokenize(text.slice(span.start - offset, span.end - offset)).map((t) => ({ start: t.start + span.start, end: t.end + span.start }));
    const first = marks.length > 0 ? Math.min(...marks.map(([s]) => s)) : span.start;
    const last = marks.length > 0 ? Math.max(...marks.map(([, e]) => e)) : span.start;
    start = words.find((w) => w.start >= Math.min(first - LEAD_CHARS, span.end - maxChars))?.start ?? span.start;
    end = words.filter((w) => w.end <= Math.max(start + maxChars, last)).pop()?.end ?? span.end;
  }
  return {
    text: text.slice(start - offset, end - offset),
    highlights: marks.filter(([a, b]) => a >= start && b <= end).map(([a, b]): [number, number] => [a - start, b - start]),
    cutStart: start > span.start,
    cutEnd: end < span.end,
    citation,
  };
}

/**
 * How a quote from a paragraph is cited: the article, the paragraph and the paragraph's language.
 * @example citationOf(article, article.paragraphs[1]) // { article: 3, paragraph: 1, title: '…', lang: 'arb', date: '2021-08-25' }
 */
export function citationOf(article: Pick<Article, 'number' | 'title' | 'published'>, paragraph: Pick<Paragraph, 'number' | 'lang'>): Citation {
  return { article: article.number, paragraph: paragraph.number, title: article.title, lang: paragraph.lang, ...(article.published ? { date: article.published } : {}) };
}
