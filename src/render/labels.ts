/**
 * What both renderers print the same way, so a citation reads identically in Discord and in a
 * terminal. The words of labels live in the catalogues (src/i18n/).
 */
import type { Citation, Quote } from '../answer.ts';
import { say } from '../i18n/index.ts';
import { msg } from '../i18n/message.ts';

/** @example citationLabel({ article: 3, paragraph: 2, title: '', lang: 'arb' }) // '[#3 ¶2]' */
export function citationLabel(c: Pick<Citation, 'article' | 'paragraph'>, locale = 'en'): string {
  return c.paragraph === 0 ? `[#${c.article} ${say(msg('headline'), locale)}]` : `[#${c.article} ¶${c.paragraph}]`;
}

export interface QuoteSegment {
  text: string;
  highlighted: boolean;
}

/** Splits a quote into plain and highlighted runs, ignoring overlapping or out-of-range highlights. */
export function quoteSegments(quote: Quote): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let at = 0;
  const ranges = [...quote.highlights].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    if (start < at || end > quote.text.length || end <= start) continue;
    if (start > at) segments.push({ text: quote.text.slice(at, start), highlighted: false });
    segments.push({ text: quote.text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < quote.text.length) segments.push({ text: quote.text.slice(at), highlighted: false });
  return segments;
}
