/**
 * Hindi date vocabulary. Spellings are listed as they occur in Hindi news: anusvara and half-nasal
 * forms (सितंबर / सितम्बर), ट / त in अक्टूबर, and nukta variants, which `spellDevanagari` adds by itself.
 */
import { normaliseDevanagari, spellDevanagari, variantTable } from './spelling.ts';

/** Month spellings; index 0 = January. */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['जनवरी'],
  ['फरवरी'],
  ['मार्च'],
  ['अप्रैल', 'अप्रेल', 'अप्रील'],
  ['मई'],
  ['जून'],
  ['जुलाई', 'जूलाई'],
  ['अगस्त'],
  ['सितंबर', 'सितम्बर'],
  ['अक्टूबर', 'अक्तूबर', 'अक्टुबर', 'अक्तुबर'],
  ['नवंबर', 'नवम्बर'],
  ['दिसंबर', 'दिसम्बर'],
];

/** Weekday spellings; index 0 = Sunday. */
const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['रविवार', 'इतवार'],
  ['सोमवार'],
  ['मंगलवार'],
  ['बुधवार'],
  ['गुरुवार', 'गुरूवार', 'बृहस्पतिवार', 'वीरवार'],
  ['शुक्रवार'],
  ['शनिवार'],
].map((spellings) => [...spellings, ...spellings.flatMap(slips)]);

/**
 * Typing slips of a weekday's "वार" that Hindi news lets through: its vowel sign typed before the
 * व ("मंगलावर") or left out ("मंगलवर"). No Hindi word is spelled so, so neither is read as anything else.
 */
function slips(weekday: string): string[] {
  const stem = weekday.endsWith('वार') ? weekday.slice(0, -'वार'.length) : undefined;
  return stem === undefined ? [] : [`${stem}ावर`, `${stem}वर`];
}

/**
 * Day words and their candidate offsets. कल and परसों point both ways (yesterday / tomorrow); the
 * extractor narrows them with the verb's tense or a following weekday.
 */
const DAY_WORDS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['आज', [0]],
  ['कल', [-1, 1]],
  ['परसों', [-2, 2]],
];

/** Demonstratives and adjectives placing a period or weekday: this (0), last (-1), next (+1). */
const MODIFIERS: ReadonlyArray<readonly [string, number]> = [
  ['इस', 0], ['इसी', 0],
  ['पिछले', -1], ['पिछली', -1], ['बीते', -1], ['गत', -1], ['पिछला', -1],
  ['अगले', 1], ['अगली', 1], ['आगामी', 1], ['अगला', 1],
];

const PERIOD_UNITS: ReadonlyArray<readonly [string, 'year' | 'month']> = [
  ['साल', 'year'], ['वर्ष', 'year'], ['बरस', 'year'],
  ['महीने', 'month'], ['महीना', 'month'], ['माह', 'month'],
];

/** Postpositions (and माह "month") that make a bare month name a time expression: "मई में", "अगस्त माह". */
const MONTH_CUES = ['में', 'से', 'तक', 'के', 'की', 'का', 'माह', 'महीने', 'महीना'];

/** What joins the two days of a range written before one month: "16-17 सितंबर", "25 और 26 अक्टूबर", "25 से 27 अक्टूबर तक". */
const RANGE_JOINERS = ['और', 'व', 'एवं', 'तथा', 'से'];

/**
 * Days counted from the day the text named last ("गुरुवार को बातचीत हुई। इससे एक दिन पहले …"): a
 * pointer to it, a count of days and a direction; and phrases that say it whole ("अगले दिन").
 */
const ANAPHORA_POINTERS = ['इससे', 'उससे', 'इसके', 'उसके'];
const DAY_COUNTS: ReadonlyArray<readonly [string, number]> = [['एक', 1], ['दो', 2], ['तीन', 3]];
const DAY_DIRECTIONS: ReadonlyArray<readonly [string, number]> = [['पहले', -1], ['बाद', 1]];
/* The same day as the one named last: "उसी दिन", "इसी दिन", and "earlier in the day" ("इससे पहले दिन में", "दिन में इससे पहले"). */
const ANAPHORIC_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['अगले दिन', 1],
  ['उसी दिन', 0],
  ['इसी दिन', 0],
  // "यह बैठक उस दिन हुई जब …", "ऐसे दिन हुई जब …": the day just named.
  ['उस दिन', 0],
  ['ऐसे दिन', 0],
  ['इससे पहले दिन में', 0],
  ['दिन में इससे पहले', 0],
  ['दिन में पहले', 0],
];

/**
 * Days of the month written as words: agency copy spells one to nine out ("इस्लामाबाद, आठ अक्टूबर
 * (भाषा)", "सात सितंबर को"), and a few write ten.
 */
const DAY_NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['एक', 1], ['दो', 2], ['तीन', 3], ['चार', 4], ['पांच', 5], ['पाँच', 5], ['छह', 6], ['छः', 6], ['छे', 6],
  ['सात', 7], ['आठ', 8], ['नौ', 9], ['दस', 10],
];

/** "तारीख" (date), after a day of the month written without its month: "30 तारीख को", "अगस्त की 30 तारीख". */
const DATE_NOUNS = ['तारीख', 'तारिख'];

/** Words introducing a bare year: "साल 2020", "सन् 1990". */
const YEAR_CUES = ['साल', 'वर्ष', 'सन्', 'सन'];

const n = normaliseDevanagari;
const spell = spellDevanagari;

export const HINDI_MONTH = variantTable(MONTHS, MONTHS.map((_, i) => i + 1), n);
export const HINDI_WEEKDAY = variantTable(WEEKDAYS, WEEKDAYS.map((_, i) => i), n);
export const HINDI_DAY_WORD = new Map(DAY_WORDS.map(([w, offsets]) => [n(w), offsets]));
export const HINDI_MODIFIER = new Map(MODIFIERS.map(([w, offset]) => [n(w), offset]));
export const HINDI_PERIOD_UNIT = new Map(PERIOD_UNITS.map(([w, unit]) => [n(w), unit]));

export const HINDI_MONTH_RE = spell(MONTHS.flat());
export const HINDI_WEEKDAY_RE = spell(WEEKDAYS.flat());
export const HINDI_DAY_WORD_RE = spell(DAY_WORDS.map(([w]) => w));
export const HINDI_MODIFIER_RE = spell(MODIFIERS.map(([w]) => w));
export const HINDI_PERIOD_UNIT_RE = spell(PERIOD_UNITS.map(([w]) => w));
export const HINDI_MONTH_CUE_RE = spell(MONTH_CUES);
export const HINDI_YEAR_CUE_RE = spell(YEAR_CUES);
export const HINDI_DATE_NOUN_RE = spell(DATE_NOUNS);
export const HINDI_DAY_NUMBER = new Map(DAY_NUMBER_WORDS.map(([w, n]) => [normaliseDevanagari(w), n]));
export const HINDI_DAY_NUMBER_RE = spell(DAY_NUMBER_WORDS.map(([w]) => w));
export const HINDI_DAY_COUNT = new Map(DAY_COUNTS.map(([w, n]) => [normaliseDevanagari(w), n]));
export const HINDI_DAY_DIRECTION = new Map(DAY_DIRECTIONS.map(([w, n]) => [normaliseDevanagari(w), n]));
export const HINDI_ANAPHORIC_DAY = new Map(ANAPHORIC_DAYS.map(([w, n]) => [normaliseDevanagari(w), n]));
export const HINDI_ANAPHORA_POINTER_RE = spell(ANAPHORA_POINTERS);
export const HINDI_DAY_COUNT_RE = spell(DAY_COUNTS.map(([w]) => w));
export const HINDI_DAY_DIRECTION_RE = spell(DAY_DIRECTIONS.map(([w]) => w));
export const HINDI_ANAPHORIC_DAY_RE = spell(ANAPHORIC_DAYS.map(([w]) => w));
export const HINDI_RANGE_JOINER_RE = `(?:[-–]|${spell(RANGE_JOINERS)})`;

/** Every month spelling, for tests and generators. */
export const HINDI_MONTH_SPELLINGS: ReadonlyArray<readonly string[]> = MONTHS;
export const HINDI_WEEKDAY_SPELLINGS: ReadonlyArray<readonly string[]> = WEEKDAYS;
