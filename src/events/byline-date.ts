/**
 * A tweet's byline run on into the next sentence ("— Boris Johnson (@BorisJohnson) August 22, 2021
 * وبهذا الخصوص، أعلن البيت الأبيض … أن بايدن سيشارك يوم الثلاثاء المقبل في قمة"): its date is
 * the tweet's (src/contacts/byline.ts), not a day of the news told after it.
 */
import type { DateMention } from '../dates/types.ts';

/* The byline as src/contacts/byline.ts reads it: a dash, the author, the handle in brackets. */
const BYLINE = /^\s*(?:https?:\/\/\S+\s+)?[—–-]+\s*[^()\n]+\(@\w+\)\s*/u;

/**
 * Whether `d` is the date of a byline opening the sentence `text` (offsets `sentenceStart`-based).
 * @example inByline({ start: 32 } as DateMention, '— Boris Johnson (@BorisJohnson) August 22, 2021 …', 0) // true
 */
export function inByline(d: DateMention, text: string, sentenceStart: number): boolean {
  const m = BYLINE.exec(text);
  return m !== null && d.start - sentenceStart === m[0].length;
}
