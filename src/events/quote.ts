/**
 * An event's reporting sentence as a Quote: a verbatim slice of the paragraph with the trigger,
 * the participants and the date words highlighted. A long sentence is cut at word boundaries
 * around what is highlighted, and the cut is flagged so renderers show an ellipsis.
 */
import type { Quote } from '../answer.ts';
import type { Article } from '../types.ts';
import { tokenize } from '../text/tokenize.ts';
import type { EventSource } from './types.ts';

/** Words kept before the first highlight when a sentence is cut. */
const LEAD_CHARS = 60;

/**
 * @example eventQuote(article, source, 300)?.text // 'तालिबान ने रविवार को अफगानिस्तान की राजधानी काबुल पर कब्जा कर लिया, …'
 * @returns undefined when the article or paragraph is no longer there (a stale snapshot)
 */
export function eventQuote(article: Article | undefined, s: EventSource, maxChars: number): Quote | undefined {
  const paragraph = article?.paragraphs.find((p) => p.number === s.paragraph);
  if (!article || !paragraph || s.end > paragraph.text.length) return undefined;
  let start = s.start;
  let end = s.end;
  if (end - start > maxChars) {
    const words = tokenize(paragraph.text.slice(s.start, s.end)).map((t) => ({ start: t.start + s.start, end: t.end + s.start }));
    const first = s.marks[0]?.[0] ?? s.start;
    const last = s.marks[s.marks.length - 1]?.[1] ?? s.start;
    start = words.find((w) => w.start >= Math.min(first - LEAD_CHARS, s.end - maxChars))?.start ?? s.start;
    end = words.filter((w) => w.end <= Math.max(start + maxChars, last)).pop()?.end ?? s.end;
  }
  return {
    text: paragraph.text.slice(start, end),
    highlights: s.marks.filter(([a, b]) => a >= start && b <= end).map(([a, b]): [number, number] => [a - start, b - start]),
    cutStart: start > s.start,
    cutEnd: end < s.end,
    citation: { article: article.number, paragraph: s.paragraph, title: article.title, lang: paragraph.lang, ...(article.published ? { date: article.published } : {}) },
  };
}
