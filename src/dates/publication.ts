/**
 * Publication date of an article that has no catalog entry, read from its own text. A dateline
 * is the strongest evidence: in one of the first paragraphs, a full date preceded only by a short
 * place/agency lead-in and closed by a dateline delimiter, as in
 * "(پاکستان پوائنٹ نیوز / سبوتنيك - 25 أغسطس 2021ء)", "नई दिल्ली, 12 अक्टूबर 2021 |" or
 * "KABUL, Aug. 16, 2021 (AP) —". Failing that, the first full date anywhere in the text.
 */
import { formatDate } from './format.ts';
import { findDateMentions, findDatesInYear } from './find.ts';
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

/*
 * A dateline's place before a day written without its year: a short run of words closed by a comma
 * ("नयी दिल्ली, 21 जुलाई (भाषा)", "इस्लामाबाद, आठ अक्टूबर (भाषा) :", "दुशांबे, 17 सितंबर।").
 */
const PLACE_LEAD_IN = /^[\s\-–]*\p{L}[\p{L}\p{M}.\/\s]*,\s*$/u;
const PLACE_LIMIT = 40;
/* What closes such a dateline: the agency in brackets, a dash, a bar, a colon or a full stop. */
const YEARLESS_CLOSE = /^\s*[)\](|:\-–—।.]/u;

/**
 * The day of a dateline written without its year ("नयी दिल्ली, 21 जुलाई (भाषा)", the way Hindi
 * agency copy writes it), taken in `year`: the day an article with no date of its own was written
 * on, its "today" and its weekdays' anchor. A weekday or "today" alone after the place is no day.
 * @example yearlessDatelineDay(['पटना, 21 जुलाई (भाषा) राज्यपाल ने …'], 2021) // '2021-07-21'
 */
export function yearlessDatelineDay(paragraphTexts: readonly string[], year: number): string | undefined {
  for (const text of paragraphTexts.slice(0, DATELINE_PARAGRAPHS)) {
    const head = datelineHead(text);
    for (const m of findDatesInYear(head, 'und', year)) {
      if (m.precision !== 'day' || !m.relative || !/[\p{Nd}\s]/u.test(m.text)) continue;
      const leadIn = head.slice(0, m.start);
      if (leadIn.length <= PLACE_LIMIT && PLACE_LEAD_IN.test(leadIn) && YEARLESS_CLOSE.test(head.slice(m.end))) return formatDate(m.date);
    }
  }
  return undefined;
}
