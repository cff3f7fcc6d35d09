/**
 * Publication date of an article that has no catalog entry, read from its own text. A dateline
 * is the strongest evidence: in one of the first paragraphs, a full date preceded only by a short
 * place/agency lead-in and closed by a dateline delimiter, as in
 * "(پاکستان پوائنٹ نیوز / سبوتنيك - 25 أغسطس 2021ء)", "नई दिल्ली, 12 अक्टूबर 2021 |" or
 * "KABUL, Aug. 16, 2021 (AP) —". Failing that, the first full date anywhere in the text.
 */
import { formatDate } from './format.ts';
import { findDateMentions } from './find.ts';
import type { DateMention } from './types.ts';

/** Datelines sit in the first lines; the headline may come first. */
const DATELINE_PARAGRAPHS = 3;
/** Longest place/agency lead-in before a dateline's date. */
const LEAD_IN_LIMIT = 80;
const SENTENCE_END = /[.!?؟।]/u;
/** What closes a dateline: a bracket, a dash, a bar or a colon, or the agency in brackets. */
const DATELINE_CLOSE = /^\s*[)\](|:\-–—]/u;

export interface PublicationDate {
  date: string;
  from: 'dateline' | 'text';
}

function fullDates(text: string): DateMention[] {
  return findDateMentions(text, 'und').filter((m) => m.precision === 'day');
}

/**
 * Whether a date is a dateline's: near the start of its line, after a short lead-in with no sentence
 * end, and closed by a dateline delimiter ("KABUL, Aug. 16, 2021 (AP) —").
 * @example isDateline('नई दिल्ली, 12 अक्टूबर 2021 | विदेश मंत्री …', mention) // true for "12 अक्टूबर 2021"
 */
export function isDateline(text: string, m: Pick<DateMention, 'start' | 'end'>): boolean {
  const leadIn = text.slice(0, m.start);
  return leadIn.length <= LEAD_IN_LIMIT && !SENTENCE_END.test(leadIn) && DATELINE_CLOSE.test(text.slice(m.end));
}

/** Longest written full date ("Wednesday, 25 August 2021"), with room to spare. */
const DATE_LENGTH_LIMIT = 60;

/*
 * A dateline's date starts within the lead-in: the rest of a long first paragraph is not searched.
 * It is cut at a space, so that no date is cut in two and read as another ("25 أغسطس 20").
 */
function datelineHead(text: string): string {
  const cut = text.slice(LEAD_IN_LIMIT + DATE_LENGTH_LIMIT).search(/\s/u);
  return cut < 0 ? text : text.slice(0, LEAD_IN_LIMIT + DATE_LENGTH_LIMIT + cut);
}

/**
 * The date of a dateline in the first paragraphs, if any: all an article whose catalog gives its
 * date needs (an agency dateline a day or more before the catalog's date is the text's "today").
 */
export function datelineDate(paragraphTexts: readonly string[]): string | undefined {
  for (const text of paragraphTexts.slice(0, DATELINE_PARAGRAPHS)) {
    const head = datelineHead(text);
    for (const m of fullDates(head)) if (isDateline(head, m)) return formatDate(m.date);
  }
  return undefined;
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
