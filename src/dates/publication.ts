/**
 * Publication date of an article that has no catalog entry, read from its own text. A dateline
 * is the strongest evidence: a full date in the lead-in of one of the first paragraphs, before
 * the first sentence ends, as in "(پاکستان پوائنٹ نیوز / سبوتنيك - 25 أغسطس 2021ء)" or
 * "नई दिल्ली, 12 अक्टूबर 2021 |". Failing that, the first full date anywhere in the text.
 */
import { formatDate } from './format.ts';
import { findDateMentions } from './find.ts';
import type { DateMention } from './types.ts';

/** Datelines sit in the first lines; the headline may come first. */
const DATELINE_PARAGRAPHS = 3;
/** How far into a paragraph a dateline may end. */
const DATELINE_REACH = 120;
const SENTENCE_END = /[.!?؟।]/u;

export interface PublicationDate {
  date: string;
  from: 'dateline' | 'text';
}

function fullDates(text: string): DateMention[] {
  return findDateMentions(text, 'und').filter((m) => m.precision === 'day');
}

function isDateline(text: string, m: DateMention): boolean {
  return m.end <= DATELINE_REACH && !SENTENCE_END.test(text.slice(0, m.start));
}

/**
 * Infers the publication date from an article's paragraphs (headline first, if any).
 * @example inferPublicationDate(['عنوان', '(سبوتنيك - 25 أغسطس 2021ء) بحث الرئيس…'])
 *   // { date: '2021-08-25', from: 'dateline' }
 */
export function inferPublicationDate(paragraphTexts: string[]): PublicationDate | undefined {
  let firstInText: DateMention | undefined;
  for (const [i, text] of paragraphTexts.entries()) {
    if (firstInText && i >= DATELINE_PARAGRAPHS) break;
    for (const m of fullDates(text)) {
      if (i < DATELINE_PARAGRAPHS && isDateline(text, m)) return { date: formatDate(m.date), from: 'dateline' };
      firstInText ??= m;
    }
  }
  return firstInText ? { date: formatDate(firstInText.date), from: 'text' } : undefined;
}
