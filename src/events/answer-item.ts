/**
 * How one event is shown, shared by /on and /timeline: the synopsis, the date with its precision
 * and the words it came from, where it is reported, and verbatim quotes of the reporting sentences.
 */
import type { AnswerItem, Quote } from '../answer.ts';
import { dateKey, formatDate } from '../dates/format.ts';
import { joined, msg, type Text } from '../i18n/message.ts';
import { eventQuote } from './quote.ts';
import type { Event, EventSource } from './types.ts';
import type { Article } from '../types.ts';
import { paragraphDates } from '../grammar/sentences.ts';

/** Articles by number, to quote and date from. */
type Articles = ReadonlyMap<number, Article>;

export interface ItemOptions {
  /** Quotes shown per event (one per reporting sentence, first ones first). */
  quotes: number;
  /** Longest quote before it is cut around the highlighted words. */
  quoteChars: number;
  /** A timeline entry: the date in the heading and one short line, rather than a day's full lines. */
  compact: boolean;
  /**
   * Past the `quotes` quotes, one shorter quote (`quoteChars`) from each reporting article not yet
   * quoted, up to `articles` articles in all, so that every article reporting the event is quoted
   * (a day's answer); the articles past that are still listed in "Reported in" and counted.
   */
  everyArticle?: { quoteChars: number; articles: number };
}

/** "#0 ¶1, ¶8 · #2 ¶1" (the headline is "headline"). */
export function whereReported(sources: readonly EventSource[]): Text {
  const byArticle = new Map<number, number[]>();
  for (const s of sources) {
    const list = byArticle.get(s.article) ?? [];
    if (!list.includes(s.paragraph)) list.push(s.paragraph);
    byArticle.set(s.article, list);
  }
  return joined(' · ', ...[...byArticle].map(([n, paragraphs]) => [`#${n} `, joined(', ', ...paragraphs.map(paragraphLabel))]));
}

/** "¶3", or "headline" in the reader's language. */
function paragraphLabel(paragraph: number): Text {
  return paragraph === 0 ? msg('headline') : `¶${paragraph}`;
}

/** 'Date: 2021-08-16 (day) from "सोमवार" [#2 ¶1], read against the publication date 2021-08-17'. */
export function dateLine(articles: Articles, e: Event): Text {
  const { when } = e;
  const base = msg('event.date', { date: formatDate(when.date), precision: msg(`precision.${when.precision}`) });
  const w = when.words;
  if (!w) return [base, msg('event.dated-by-context')];
  const published = articles.get(w.article)?.published;
  const relative = w.relative && published ? msg('event.relative', { published }) : '';
  const link = when.link === 'previous sentence' ? msg('event.link-previous') : when.link === 'context' ? msg('event.link-context') : '';
  return [base, msg('event.date-from', { words: w.text }), link, ` [#${w.article} `, paragraphLabel(w.paragraph), ']', relative];
}

/** Whether a source sentence holds the event's date words. */
function holdsDate(e: Event, s: EventSource): boolean {
  const w = e.when.words;
  return w !== undefined && w.article === s.article && w.paragraph === s.paragraph && w.start >= s.start && w.end <= s.end;
}

/**
 * Whether a source sentence states the event's day in words of its own: an article reporting an
 * event another article's words dated ("बुधवार को … से मुलाकात की" beside a headline) is best
 * quoted by the sentence that says when.
 */
function statesDate(articles: Articles, e: Event, s: EventSource): boolean {
  const article = articles.get(s.article);
  const paragraph = article?.paragraphs.find((p) => p.number === s.paragraph);
  if (!article || !paragraph) return false;
  return paragraphDates(article, paragraph).some((m) => m.start >= s.start && m.end <= s.end && dateKey(m.date) === e.when.key);
}

/**
 * The sources in the order they are quoted: the sentence holding the date words first, then one
 * sentence of each other reporting article (an event several articles report is quoted from
 * several of them, not thrice from the first), each article's sentence stating the day first,
 * then the rest, date-stating ones first.
 */
function quoteOrder(articles: Articles, e: Event): EventSource[] {
  const rank = (s: EventSource) => (holdsDate(e, s) ? 0 : e.sources.length > 1 && statesDate(articles, e, s) ? 1 : 2);
  const ordered = e.sources.map((s) => ({ s, r: rank(s) })).sort((a, b) => a.r - b.r).map((x) => x.s);
  const seen = new Set<number>();
  const firsts = ordered.filter((s) => !seen.has(s.article) && seen.add(s.article));
  return [...firsts, ...ordered.filter((s) => !firsts.includes(s))];
}

/**
 * Quotes of the reporting sentences (quoteOrder): the first `quotes`, then with `everyArticle` a
 * shorter one of each article still unquoted (quoteOrder gives each article's best sentence first).
 */
function quotesOf(articles: Articles, e: Event, opts: ItemOptions): Quote[] {
  const out: Quote[] = [];
  if (opts.quotes === 0) return out;
  const quoted = new Set<number>();
  for (const s of quoteOrder(articles, e)) {
    const extra = out.length >= opts.quotes;
    if (extra && !opts.everyArticle) break;
    if (extra && (quoted.has(s.article) || quoted.size >= opts.everyArticle!.articles)) continue;
    const q = eventQuote(articles.get(s.article), s, extra ? opts.everyArticle!.quoteChars : opts.quoteChars);
    if (q) {
      out.push(q);
      quoted.add(s.article);
    }
  }
  return out;
}

/**
 * @example eventItem(kb.articles, event, { quotes: 3, quoteChars: 300, compact: false }).heading // 'The Taliban took control of Kabul'
 */
export function eventItem(articles: Articles, e: Event, opts: ItemOptions): AnswerItem {
  const kind = msg(`kind.${e.kind}`);
  const status = e.planned && msg('status.planned');
  const quotes = quotesOf(articles, e, opts);
  if (opts.compact) {
    const w = e.when.words;
    const from = w && msg('event.date-words', { words: w.text });
    return { heading: `${formatDate(e.when.date)} · ${e.synopsis}`, lines: [joined(' · ', kind, status, from, msg('event.reported-in-short', { where: whereReported(e.sources) }))], quotes };
  }
  const reporting = new Set(e.sources.map((s) => s.article)).size;
  const quotedArticles = new Set(quotes.map((q) => q.citation.article)).size;
  const more =
    reporting > quotedArticles && opts.everyArticle
      ? msg('event.articles-quoted', { n: reporting, quoted: quotedArticles })
      : e.sources.length > quotes.length
        ? msg('event.sentences-quoted', { n: e.sources.length, quoted: quotes.length })
        : '';
  return {
    heading: e.synopsis,
    lines: [joined(' · ', kind, status, dateLine(articles, e)), [msg('event.reported-in', { where: whereReported(e.sources) }), more]],
    quotes,
  };
}
