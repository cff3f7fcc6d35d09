/**
 * An event's reporting sentence as a Quote: a verbatim slice of the paragraph with the trigger,
 * the participants and the date words highlighted. A long sentence is cut at word boundaries
 * around what is highlighted, and the cut is flagged so renderers show an ellipsis.
 */
import type { Quote } from '../answer.ts';
import { citationOf, cutQuote, QUOTE_CHARS } from '../text/quote.ts';
import type { Article } from '../types.ts';
import type { EventSource } from './types.ts';

/**
 * @example eventQuote(article, source, 300)?.text // 'तालिबान ने रविवार को अफगानिस्तान की राजधानी काबुल पर कब्जा कर लिया, …'
 * @returns undefined when the article or paragraph is no longer there (a stale snapshot)
 */
export function eventQuote(article: Article | undefined, s: EventSource, maxChars = QUOTE_CHARS): Quote | undefined {
  const paragraph = article?.paragraphs.find((p) => p.number === s.paragraph);
  if (!article || !paragraph || s.end > paragraph.text.length) return undefined;
  return cutQuote(paragraph.text, 0, s, s.marks, citationOf(article, paragraph), maxChars);
}
