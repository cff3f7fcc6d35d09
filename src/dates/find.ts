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
import { resolveFromPrevious, resolveMention } from './resolve.ts';
import type { DateMention, RawMention } from './types.ts';

/**
 * Candidate date mentions of a text; `refDay` (epoch day) anchors relative words when known. A
 * language pack (src/languages/) names the finder its paragraphs are read with.
 */
export type DateFinder = (text: string, refDay: number | undefined) => RawMention[];

const LATIN_LETTER = /[A-Za-z]/;

/* English quoted in a Hindi or Arabic paragraph: only fully written dates, no relative words. */
const quotedEnglish = (text: string, refDay: number | undefined): RawMention[] => (LATIN_LETTER.test(text) ? findEnglishDates(text, refDay, 'strict') : []);

export const HINDI_DATES: DateFinder = (text, refDay) => [...findHindiDates(text), ...findNumericDates(text), ...quotedEnglish(text, refDay)];
export const ARABIC_DATES: DateFinder = (text, refDay) => [...findArabicDates(text), ...findNumericDates(text), ...quotedEnglish(text, refDay)];
/** Arabic dates, a bare weekday after one of the `future` words (folded) of its clause read as the coming one. */
export const arabicDates = (future: ReadonlySet<string>): DateFinder => (text, refDay) => [...findArabicDates(text, future), ...findNumericDates(text), ...quotedEnglish(text, refDay)];
export const ENGLISH_DATES: DateFinder = (text, refDay) => findEnglishDates(text, refDay, 'casual');
/** What a paragraph in a language without a pack gets: all-digit dates only. */
export const NUMERIC_DATES: DateFinder = (text) => findNumericDates(text);
/* A member's question may be in any language the bot is asked in. */
const ANY_DATES: DateFinder = (text, refDay) => [...findHindiDates(text), ...findArabicDates(text), ...findNumericDates(text), ...findEnglishDates(text, refDay, 'casual')];

/** The languages members write dates in; `und` reads all of them (a question of unknown language). */
export type DateLang = 'hin' | 'arb' | 'eng' | 'und';
const FINDERS: Record<DateLang, DateFinder> = { hin: HINDI_DATES, arb: ARABIC_DATES, eng: ENGLISH_DATES, und: ANY_DATES };

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
  return findDatesWith(text, FINDERS[lang], reference);
}

/* Every sentence of an article has the same reference day: it is parsed once, not per sentence. */
let lastReference: { iso: string; day: number } | undefined;

function referenceDay(reference: string): number {
  if (lastReference?.iso === reference) return lastReference.day;
  const ref = parseIsoDay(reference);
  if (!ref) throw new RangeError(`reference must be a YYYY-MM-DD date, got ${JSON.stringify(reference)}`);
  lastReference = { iso: reference, day: toEpochDay(ref.year, ref.month, ref.day) };
  return lastReference.day;
}

/**
 * Date mentions found by `finder` (a language pack's), as `findDateMentions`.
 * @throws RangeError when `reference` is given but is not a real YYYY-MM-DD day.
 */
export interface FindOptions {
  /** Without a reference: the year a day and month written without one are in (corpus-year.ts). */
  assumedYear?: number;
  /** Receives the spans of date words that could not be resolved (a weekday without a reference). */
  unresolved?: Array<{ start: number; end: number }>;
  /**
   * The day a day counted `offset` days from the previous one is counted from when this text names
   * none before it ("Earlier in the day, …" opening a paragraph: another paragraph's day).
   */
  previousDay?: (offset: number) => DateMention | undefined;
}

/** Date mentions of `text` with no reference day, a day and month written without a year taken in `year`. */
export function findDatesInYear(text: string, lang: DateLang, year: number): DateMention[] {
  return findDatesWith(text, FINDERS[lang], undefined, { assumedYear: year });
}

export function findDatesWith(text: string, finder: DateFinder, reference?: string, opts: FindOptions = {}): DateMention[] {
  const refDay = reference === undefined ? undefined : referenceDay(reference);
  const resolved: DateMention[] = [];
  for (const raw of longestNonOverlapping(finder(text, refDay))) {
    const mention =
      raw.fromPrevious === undefined
        ? resolveMention(raw, text, refDay, opts.assumedYear)
        : resolveFromPrevious(raw, text, resolved.findLast((m) => m.precision === 'day') ?? opts.previousDay?.(raw.fromPrevious));
    if (mention) resolved.push(mention);
    else opts.unresolved?.push({ start: raw.start, end: raw.end });
  }
  return resolved;
}
