/**
 * How one event is shown, shared by /on and /timeline: the synopsis, the date with its precision
 * and the words it came from, where it is reported, and verbatim quotes of the reporting sentences.
 */
import type { AnswerItem, Quote } from '../answer.ts';
import { formatDate } from '../dates/format.ts';
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

const KIND_LABELS: Record<Event['kind'], string> = {
  meeting: 'Meeting',
  'phone call': 'Phone call',
  talks: 'Talks',
  invitation: 'Invitation',
  'joint appearance': 'Joint appearance',
  capture: 'Capture / takeover',
  session: 'Meeting of a body',
  travel: 'Journey',
  warning: 'Warning',
  announcement: 'Announcement',
  statement: 'Statement',
};

/** "#0 ¶1, ¶8 · #2 ¶1" (the headline is "headline"). */
export function whereReported(sources: readonly EventSource[]): string {
  const byArticle = new Map<number, string[]>();
  for (const s of sources) {
    const label = s.paragraph === 0 ? 'headline' : `¶${s.paragraph}`;
    const list = byArticle.get(s.article) ?? [];
    if (!list.includes(label)) list.push(label);
    byArticle.set(s.article, list);
  }
  return [...byArticle].map(([n, labels]) => `#${n} ${labels.join(', ')}`).join(' · ');
}

/** 'Date: 2021-08-16 (day) from "सोमวार" [#2 ¶1], read against the publication date 2021-08-17'. */
export function dateLine(articles: Articles, e: Event): string {
  const { when } = e;
  const base = `Date: ${formatDate(when.date)} (${when.precision})`;
  const w = when.words;
  if (!w) return `${base}, as the contact analysis dated it from the reporting sentence's context`;
  const where = w.paragraph === 0 ? `#${w.article} headline` : `#${w.article} ¶${w.paragraph}`;
  const published = articles.get(w.article)?.published;
  const relative = w.relative && published ? `, read against the publication date ${published}` : '';
  const link = when.link === 'previous sentence' ? ' in the sentence this one continues' : when.link === 'context' ? ' near the reporting sentence' : '';
  return `${base} from "${w.text}"${link} [${where}]${relative}`;
}

/** Whether a source sentence holds the event's date words. */
function holdsDate(e: Event, s: EventSource): boolean {
  const w = e.when.words;
  return w !== undefined && w.article === s.article && w.paragraph === s.paragraph && w.start >= s.start && w.end <= s.end;
}

/** Quotes of the reporting sentences, the one stating the date first. */
function quotesOf(articles: Articles, e: Event, opts: ItemOptions): Quote[] {
  const out: Quote[] = [];
  if (opts.quotes === 0) return out;
  const ordered = [...e.sources.filter((s) => holdsDate(e, s)), ...e.sources.filter((s) => !holdsDate(e, s))];
  for (const s of ordered) {
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
  const status = e.planned ? ' · announced, not yet reported as done' : '';
  const quotes = quotesOf(articles, e, opts);
  if (opts.compact) {
    const w = e.when.words;
    const from = w ? ` · date from "${w.text}"` : '';
    return { heading: `${formatDate(e.when.date)} · ${e.synopsis}`, lines: [`${KIND_LABELS[e.kind]}${status}${from} · reported in ${whereReported(e.sources)}`], quotes };
  }
  const more = e.sources.length > quotes.length ? ` (${e.sources.length} sentences; ${quotes.length} quoted)` : '';
  return {
    heading: e.synopsis,
    lines: [`${KIND_LABELS[e.kind]}${status} · ${dateLine(articles, e)}`, `Reported in ${whereReported(e.sources)}${more}`],
    quotes,
  };
}
