/**
 * Entry point for finding dates in a paragraph. Runs the extractors that fit the paragraph's
 * language, keeps the longest of any overlapping candidates ("يوم الإثنين الموافق لـ 23 آب/أغسطس"
 * is one date, not a weekday plus a date), then resolves them against the reference day. Choosing
 * before resolving means an impossible "31 फरवरी 2021" is dropped whole instead of leaving
 * "फरवरी 2021" behind.
 *
 * What is hand-written and why: Hindi (extract-hin.ts; no npm package reads Hindi dates), Arabic
 * (extract-ar.ts; chrono-node's Arabic locale was tried and rejected, reasons there), all-digit
 * dates (extract-numeric.ts; day-first as in Hindi and Arabic writing) and the anchoring rules
 * (resolve.ts). English goes through chrono-node (extract-en.ts).
 */
import { parseIsoDay, toEpochDay } from './calendar.ts';
import { findArabicDates } from './extract-ar.ts';
import { findEnglishDates } from './extract-en.ts';
import { findHindiDates } from './extract-hin.ts';
import { findNumericDates } from './extract-numeric.ts';
import { resolveMention } from './resolve.ts';
import type { Lang } from '../types.ts';
import type { DateMention, RawMention } from './types.ts';

/** The paragraph languages the finders distinguish (the corpus's `Lang`). */
export type DateLang = Lang;

const LATIN_LETTER = /[A-Za-z]/;

function candidates(text: string, lang: DateLang, refDay: number | undefined): RawMention[] {
  const out: RawMention[] = [];
  if (lang === 'hin' || lang === 'und') out.push(...findHindiDates(text));
  if (lang === 'arb' || lang === 'und') out.push(...findArabicDates(text));
  if (lang !== 'eng') out.push(...findNumericDates(text));
  if (lang === 'eng' || lang === 'und') out.push(...findEnglishDates(text, refDay, 'casual'));
  // English quoted in a Hindi or Arabic paragraph: only fully written dates, no relative words.
  else if (LATIN_LETTER.test(text)) out.push(...findEnglishDates(text, refDay, 'strict'));
  return out;
}

/** Keeps the longest of overlapping candidates (the earliest, then the first found, on equal length), in text order. */
function longestNonOverlapping(mentions: RawMention[]): RawMention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawMention[] = [];
  for (const m of byLength) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Date mentions in `text`, sorted by start and non-overlapping. Relative mentions (weekdays,
 * "yesterday", a month without a year…) are returned only when `reference` (YYYY-MM-DD) is given.
 * @example findDateMentions('सोमवार को काबुल में', 'hin', '2021-08-17')
 *   // [{ start: 0, end: 6, text: 'सोमवार', date: { year: 2021, month: 8, day: 16 }, precision: 'day', relative: true }]
 * @throws RangeError when `reference` is given but is not a real YYYY-MM-DD day.
 */
export function findDateMentions(text: string, lang: DateLang, reference?: string): DateMention[] {
  let refDay: number | undefined;
  if (reference !== undefined) {
    const ref = parseIsoDay(reference);
    if (!ref) throw new RangeError(`reference must be a YYYY-MM-DD date, got ${JSON.stringify(reference)}`);
    refDay = toEpochDay(ref.year, ref.month, ref.day);
  }
  const resolved: DateMention[] = [];
  for (const raw of longestNonOverlapping(candidates(text, lang, refDay))) {
    const mention = resolveMention(raw, text, refDay);
    if (mention) resolved.push(mention);
  }
  return resolved;
}
