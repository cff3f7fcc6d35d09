/**
 * Hindi date expressions, hand-written because no npm package reads Hindi dates in free text
 * (chrono-node has no Hindi locale). Table-driven: every word list lives in lexicon-hin.ts, and the
 * patterns below only describe word order, so a new spelling is a one-line lexicon change.
 *
 * Forms: "15 अगस्त 2021", "अक्टूबर 12, 2021", "अगस्त 2021", a month with a postposition ("मई में"),
 * a year after साल/वर्ष/सन् or before में, weekdays with an optional modifier ("पिछले सोमवार"),
 * आज/कल/परसों (optionally followed by a weekday), and "इस साल" / "पिछले महीने".
 */
import {
  HINDI_ANAPHORA_POINTER_RE, HINDI_ANAPHORIC_DAY, HINDI_ANAPHORIC_DAY_RE, HINDI_DAY_COUNT, HINDI_DAY_COUNT_RE, HINDI_DAY_DIRECTION, HINDI_DAY_DIRECTION_RE,
  HINDI_DAY_NUMBER, HINDI_DAY_NUMBER_RE, HINDI_DAY_WORD, HINDI_DAY_WORD_RE, HINDI_MODIFIER, HINDI_MODIFIER_RE, HINDI_MONTH, HINDI_MONTH_CUE_RE,
  HINDI_MONTH_RE, HINDI_PERIOD_UNIT, HINDI_PERIOD_UNIT_RE, HINDI_RANGE_JOINER_RE, HINDI_WEEKDAY, HINDI_WEEKDAY_RE, HINDI_YEAR_CUE_RE, HINDI_DATE_NOUN_RE,
} from './lexicon-hin.ts';
import { DAY, HAS_DIGIT, NOT_A_CLOCK, WORD_END, WORD_START, YEAR, firstDayOfRange, isPlausibleYear, readNumber } from './patterns.ts';
import { tenseAfter } from './hindi-tense.ts';
import { normaliseDevanagari } from './spelling.ts';
import type { RawMention, WeekdayMode } from './types.ts';

const MONTH = `(?<month>${HINDI_MONTH_RE})`;
const OPTIONAL_YEAR = `(?:\\s*,?\\s*(?<year>${YEAR}))?`;
/** A weekday written before a full date ("सोमवार, 16 अगस्त") belongs to the same mention. */
const WEEKDAY_PREFIX = `(?:${HINDI_WEEKDAY_RE}\\s*,?\\s*)?`;

const DAY_MONTH = new RegExp(`${WORD_START}${WEEKDAY_PREFIX}(?<day>${DAY})\\s*-?\\s*${MONTH}${OPTIONAL_YEAR}${WORD_END}`, 'gu');
/* A range of days before one month ("16-17 सितंबर", "25 और 26 अक्टूबर को") is dated by its first day (see firstDayOfRange). */
const DAY_RANGE = new RegExp(`${WORD_START}${NOT_A_CLOCK}(?<day>${DAY})\\s*${HINDI_RANGE_JOINER_RE}\\s*(?<day2>${DAY})\\s*-?\\s*${MONTH}${OPTIONAL_YEAR}${WORD_END}`, 'gu');
const MONTH_DAY = new RegExp(`${WORD_START}${WEEKDAY_PREFIX}${MONTH}\\s+(?<day>${DAY})${OPTIONAL_YEAR}${WORD_END}`, 'gu');
/*
 * A day written as a word before its month ("आठ अक्टूबर (भाषा)", "सात सितंबर को"), only where a date
 * goes on (a postposition, a bracket, a comma, a year, a sentence end): "एक मार्च निकाला" is a march.
 */
const WORD_DAY_MONTH = new RegExp(
  `${WORD_START}(?<dayWord>${HINDI_DAY_NUMBER_RE})\\s+${MONTH}(?:\\s*,?\\s*(?<year>${YEAR}))?(?=\\s*(?:[,(।:|]|(?:को|से|तक|की\\s+(?:शाम|सुबह|रात|दोपहर))${WORD_END}))`,
  'gu',
);
const MONTH_YEAR = new RegExp(`${WORD_START}${MONTH}\\s*,?\\s*(?<year>${YEAR})${WORD_END}`, 'gu');
/*
 * A day of the month with तारीख: "30 तारीख को" (its month the most recent one with that day, see
 * resolve.ts), "अगस्त की 30 तारीख", "अगस्त महीने की 30 तारीख", "नवंबर में 10 तारीख" (that month's); a
 * range "10 और 11 तारीख" by its first day.
 */
const DATE_NOUN_DAY = new RegExp(`${WORD_START}(?:${MONTH}\\s+(?:(?:महीने|माह)\\s+)?(?:की|में)\\s+)?(?<day>${DAY})(?:\\s*${HINDI_RANGE_JOINER_RE}\\s*(?<day2>${DAY}))?\\s+${HINDI_DATE_NOUN_RE}${WORD_END}`, 'gu');
const DATE_NOUN = new RegExp(HINDI_DATE_NOUN_RE, 'u');
const MONTH_ALONE = new RegExp(`${WORD_START}${MONTH}(?=\\s+${HINDI_MONTH_CUE_RE}${WORD_END})`, 'gu');
const YEAR_ALONE = new RegExp(
  `(?<=${WORD_START}${HINDI_YEAR_CUE_RE}\\s+)${YEAR}|${YEAR}(?=\\s+में${WORD_END})`,
  'gu',
);
const DAY_WORD = new RegExp(
  `${WORD_START}(?<word>${HINDI_DAY_WORD_RE})(?:\\s+(?<weekday>${HINDI_WEEKDAY_RE}))?${WORD_END}`,
  'gu',
);
const WEEKDAY = new RegExp(
  `${WORD_START}(?:(?<modifier>${HINDI_MODIFIER_RE})\\s+)?(?<weekday>${HINDI_WEEKDAY_RE})${WORD_END}`,
  'gu',
);
const PERIOD = new RegExp(`${WORD_START}(?<modifier>${HINDI_MODIFIER_RE})\\s+(?<unit>${HINDI_PERIOD_UNIT_RE})${WORD_END}`, 'gu');

/* "इससे एक दिन पहले", "उसके दो दिन बाद", "अगले दिन": days from the day named last (not "X के एक दिन बाद", a day after a happening). */
const COUNTED_DAYS = new RegExp(`${WORD_START}${HINDI_ANAPHORA_POINTER_RE}\\s+(?<count>${HINDI_DAY_COUNT_RE}|${DAY})\\s+दिन\\s+(?<direction>${HINDI_DAY_DIRECTION_RE})${WORD_END}`, 'gu');
const ANAPHORIC_DAY = new RegExp(`${WORD_START}(?<phrase>${HINDI_ANAPHORIC_DAY_RE})${WORD_END}`, 'gu');

/*
 * Words every pattern of a group needs, scanned for once without the word-boundary checks the
 * patterns make at every position: most paragraphs hold none, and skip the group's patterns.
 */
const MONTH_WORD = new RegExp(HINDI_MONTH_RE, 'u');
const RELATIVE_WORD = new RegExp([HINDI_DAY_WORD_RE, HINDI_WEEKDAY_RE, 'दिन', HINDI_ANAPHORIC_DAY_RE, HINDI_PERIOD_UNIT_RE].join('|'), 'u');

const MODE_OF_OFFSET: Record<number, WeekdayMode> = { [-1]: 'last', 0: 'recent', 1: 'next' };

function lookup<T>(table: ReadonlyMap<string, T>, word: string | undefined): T | undefined {
  return word === undefined ? undefined : table.get(normaliseDevanagari(word));
}

/** Whether the clause after the date is in the future tense ("24 सितंबर को मुलाकात करेंगे"). */
function future(text: string, m: RegExpMatchArray): boolean {
  return tenseAfter(text, span(m).end) === 'future';
}

function span(m: RegExpMatchArray): { start: number; end: number } {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length };
}

const WITH_DIGITS = [DAY_RANGE, DAY_MONTH, MONTH_DAY, MONTH_YEAR, MONTH_ALONE, WORD_DAY_MONTH];
const WITHOUT_DIGITS = [MONTH_ALONE, WORD_DAY_MONTH];

function explicitDates(text: string, out: RawMention[]): void {
  const hasDigit = HAS_DIGIT.test(text);
  for (const re of !MONTH_WORD.test(text) ? [] : hasDigit ? WITH_DIGITS : WITHOUT_DIGITS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const year = g.year === undefined ? undefined : readNumber(g.year);
      if (year !== undefined && !isPlausibleYear(year)) continue;
      const day = g.dayWord !== undefined ? lookup(HINDI_DAY_NUMBER, g.dayWord) : g.day === undefined ? undefined : readNumber(g.day);
      if (!firstDayOfRange(day, g.day2)) continue;
      const ahead = year === undefined && future(text, m);
      out.push({ ...span(m), month: lookup(HINDI_MONTH, g.month), day, year, ...(ahead ? { ahead } : {}) });
    }
  }
  if (!hasDigit) return;
  if (DATE_NOUN.test(text)) {
    for (const m of text.matchAll(DATE_NOUN_DAY)) {
      const g = m.groups ?? {};
      if (!firstDayOfRange(readNumber(g.day ?? ''), g.day2)) continue;
      const ahead = g.month === undefined && future(text, m);
      out.push({ ...span(m), day: readNumber(g.day ?? ''), month: lookup(HINDI_MONTH, g.month), ...(ahead ? { ahead } : {}) });
    }
  }
  for (const m of text.matchAll(YEAR_ALONE)) {
    const year = readNumber(m[0]);
    if (isPlausibleYear(year)) out.push({ ...span(m), year });
  }
}

function relativeDays(text: string, out: RawMention[]): void {
  if (!RELATIVE_WORD.test(text)) return;
  for (const m of text.matchAll(DAY_WORD)) {
    const g = m.groups ?? {};
    let offsets = lookup(HINDI_DAY_WORD, g.word) ?? [];
    const weekday = lookup(HINDI_WEEKDAY, g.weekday);
    const { start, end } = span(m);
    if (offsets.length > 1 && weekday === undefined) {
      // Without a weekday to decide, the verb's tense picks yesterday or tomorrow.
      const tense = tenseAfter(text, end);
      if (tense === undefined) continue;
      offsets = offsets.filter((o) => (tense === 'past' ? o < 0 : o > 0));
    }
    out.push({ start, end, dayOffsets: offsets, weekday });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const g = m.groups ?? {};
    const offset = lookup(HINDI_MODIFIER, g.modifier) ?? 0;
    const ahead = g.modifier === undefined && future(text, m);
    out.push({ ...span(m), weekday: lookup(HINDI_WEEKDAY, g.weekday), weekdayMode: MODE_OF_OFFSET[offset], ...(ahead ? { ahead } : {}) });
  }
  for (const m of text.matchAll(COUNTED_DAYS)) {
    const g = m.groups ?? {};
    const count = lookup(HINDI_DAY_COUNT, g.count) ?? readNumber(g.count ?? '');
    const direction = lookup(HINDI_DAY_DIRECTION, g.direction);
    if (Number.isFinite(count) && direction !== undefined) out.push({ ...span(m), fromPrevious: count * direction });
  }
  for (const m of text.matchAll(ANAPHORIC_DAY)) {
    const offset = lookup(HINDI_ANAPHORIC_DAY, m.groups?.phrase);
    if (offset !== undefined) out.push({ ...span(m), fromPrevious: offset });
  }
  for (const m of text.matchAll(PERIOD)) {
    const g = m.groups ?? {};
    const offset = lookup(HINDI_MODIFIER, g.modifier) ?? 0;
    const unit = lookup(HINDI_PERIOD_UNIT, g.unit);
    out.push(unit === 'year' ? { ...span(m), yearOffset: offset } : { ...span(m), monthOffset: offset });
  }
}

/**
 * Candidate date expressions in Hindi text, unresolved and possibly overlapping.
 * @example findHindiDates('15 अगस्त 2021 को') // [{ start: 0, end: 13, day: 15, month: 8, year: 2021 }]
 */
export function findHindiDates(text: string): RawMention[] {
  const out: RawMention[] = [];
  explicitDates(text, out);
  relativeDays(text, out);
  return out;
}
