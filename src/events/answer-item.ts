/**
 * How one event is shown, shared by /on and /timeline: the synopsis, the date with its precision
 * and the words it came from, where it is reported, and verbatim quotes of the reporting sentences.
 */
import type { AnswerItem, Quote } from '../answer.ts';
import { formatDate } from '../dates/format.ts';
import { joined, msg, type Text } from '../i18n/message.ts';
import { eventQuote } from './quote.ts';
import type { Event, EventSource } from './types.ts';
import type { Article } from '../types.ts';

/** Articles by number, to quote and date from. */
type Articles = ReadonlyMap<number, Article>;

export interface ItemOptions {
  /** Quotes shown per event (one per reporting sentence, first ones first). */
  quotes: number;
  /** Longest quote before it is cut around the highlighted words. */
  quoteChars: number;
  /** A timeline entry: the date in the heading and one short line, rather than a day's full lines. */
  compact: boolean;
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
 * The sources in the order they are quoted: the sentence stating the date first, then one sentence
 * of each other reporting article (an event several articles report is quoted from several of
 * them, not thrice from the first), then the rest, date-stating ones first.
 */
function quoteOrder(e: Event): EventSource[] {
  const ordered = [...e.sources.filter((s) => holdsDate(e, s)), ...e.sources.filter((s) => !holdsDate(e, s))];
  const seen = new Set<number>();
  const firsts = ordered.filter((s) => !seen.has(s.article) && seen.add(s.article));
  return [...firsts, ...ordered.filter((s) => !firsts.includes(s))];
}

/** Quotes of the reporting sentences (quoteOrder). */
function quotesOf(articles: Articles, e: Event, opts: ItemOptions): Quote[] {
  const out: Quote[] = [];
  if (opts.quotes === 0) return out;
  for (const s of quoteOrder(e)) {
    if (out.length >= opts.quotes) break;
    const q = eventQuote(articles.get(s.article), s, opts.quoteChars);
    if (q) out.push(q);
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
  const more = e.sources.length > quotes.length ? msg('event.sentences-quoted', { n: e.sources.length, quoted: quotes.length }) : '';
  return {
    heading: e.synopsis,
    lines: [joined(' · ', kind, status, dateLine(articles, e)), [msg('event.reported-in', { where: whereReported(e.sources) }), more]],
    quotes,
  };
}
