/**
 * Arabic date expressions, written by hand on top of lexicon-ar.ts. chrono-node 2.10 ships an
 * Arabic locale (`chrono-node/ar`) and it was tried first; on real news text it misreads too much
 * to build on: it takes the bare word العام for "this year" (so الأمين العام, "secretary-general",
 * becomes a date) and الآن ("now") for today; it misses clitic-prefixed words (وأمس, بالأمس), the
 * Urdu year suffix (2021ء), Persian digits (۲۰۲۱), the year after a paired month
 * ("آب/أغسطس 2021") and "الـ4 من الشهر الجاري"; and it resolves a bare weekday to the nearest one,
 * possibly in the future, where a news report means the most recent.
 *
 * Words may carry the clitics و ف ب ل ك (وأمس, بالأمس, لعام); spans start after them.
 */
import {
  ARABIC_ANAPHORIC_DAY, ARABIC_ANAPHORIC_DAY_RE, ARABIC_AFTER_MODIFIER_RE, ARABIC_BEFORE_MODIFIER_RE, ARABIC_DAY_ORDINAL, ARABIC_DAY_ORDINAL_RE, ARABIC_DAY_WORD, ARABIC_DAY_WORD_RE, ARABIC_MODIFIER,
  ARABIC_MONTH, ARABIC_MONTH_CUE_RE, ARABIC_MONTH_RE, ARABIC_PERIOD_UNIT, ARABIC_PERIOD_UNIT_RE, ARABIC_WEEKDAY,
  ARABIC_RANGE_JOINER_RE, ARABIC_WEEKDAY_RE, ARABIC_YEAR_CUE_RE,
} from './lexicon-ar.ts';
import { DAY, HAS_DIGIT, NOT_A_CLOCK, WORD_END, YEAR, firstDayOfRange, isPlausibleYear, readNumber } from './patterns.ts';
import { normaliseArabic } from './spelling.ts';
import { foldTerm } from '../text/normalize.ts';
import type { RawMention, WeekdayMode } from './types.ts';

const CLITICS = '[وفبلك]{0,2}';
const BEFORE_WORD = `(?:^|[^\\p{L}\\p{M}\\p{N}])${CLITICS}`;
/**
 * Start of a word, allowing up to two proclitics, captured so the span can begin after them. (A
 * lookbehind holding the clitics would say the same, but V8 then runs it at every position and
 * the extractor gets several times slower.)
 */
const START = `(?<![\\p{L}\\p{M}\\p{N}])(?<clitic>${CLITICS}?)`;
const TATWEEL = '\\u0640*';

/** "الـ4 من", "4", or an ordinal that must be followed by من ("الرابع من"). */
const DAY_PART = `(?:(?:ال${TATWEEL}\\s?)?(?<day>${DAY})\\s*(?:من\\s+)?|(?<ordinal>${ARABIC_DAY_ORDINAL_RE})\\s+من\\s+)`;
const MONTH_PAIR = `(?<month>${ARABIC_MONTH_RE})(?:\\s*[/(]\\s*(?<month2>${ARABIC_MONTH_RE})\\s*\\)?)?`;
/** Year with the Gregorian (م) or Urdu (ء) suffix that datelines attach. */
const YEAR_PART = `(?<year>${YEAR})(?:ء|م(?![\\p{L}\\p{M}])|\\s+م(?![\\p{L}\\p{M}]))?`;
const YEAR_AFTER_MONTH = `\\s*[،,]?\\s*(?:(?:عام|سنة)\\s+)?${YEAR_PART}`;
/** "يوم الإثنين الموافق لـ 23 آب": a weekday naming the same day as the date that follows. */
const WEEKDAY_PREFIX = `(?:(?:يوم\\s+)?${ARABIC_WEEKDAY_RE}\\s*[،,]?\\s*(?:الموافق\\s*(?:ل${TATWEEL}\\s*)?)?)?`;

const DAY_MONTH = new RegExp(
  `${START}${WEEKDAY_PREFIX}${DAY_PART}(?:شهر\\s+)?${MONTH_PAIR}(?:${YEAR_AFTER_MONTH})?${WORD_END}`,
  'gu',
);
/* A range of days before one month ("يومي 25 و26 أكتوبر", "من 25 إلى 27 أكتوبر") is dated by its first day (see firstDayOfRange). */
const DAY_RANGE = new RegExp(
  `${START}${NOT_A_CLOCK}(?<day>${DAY})\\s*${ARABIC_RANGE_JOINER_RE}\\s*(?:ال${TATWEEL}\\s?)?(?<day2>${DAY})\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTH_PAIR}(?:${YEAR_AFTER_MONTH})?${WORD_END}`,
  'gu',
);
const MONTH_YEAR = new RegExp(`${START}(?:شهر\\s+)?${MONTH_PAIR}${YEAR_AFTER_MONTH}${WORD_END}`, 'gu');
const MONTH_ALONE = new RegExp(`(?<=${BEFORE_WORD}${ARABIC_MONTH_CUE_RE}\\s+(?:شهر\\s+)?)${MONTH_PAIR}${WORD_END}`, 'gu');
const YEAR_ALONE = new RegExp(`(?<=${BEFORE_WORD}${ARABIC_YEAR_CUE_RE}\\s+)${YEAR_PART}${WORD_END}`, 'gu');
const DAY_OF_MONTH_PERIOD = new RegExp(
  `${START}${DAY_PART}(?:${ARABIC_BEFORE_MODIFIER_RE}\\s+الشهر|الشهر\\s+(?<modifier>${ARABIC_AFTER_MODIFIER_RE}))${WORD_END}`,
  'gu',
);
const PERIOD_BEFORE = new RegExp(`${START}${ARABIC_BEFORE_MODIFIER_RE}\\s+(?<unit>${ARABIC_PERIOD_UNIT_RE})${WORD_END}`, 'gu');
const PERIOD_AFTER = new RegExp(`${START}(?<unit>${ARABIC_PERIOD_UNIT_RE})\\s+(?<modifier>${ARABIC_AFTER_MODIFIER_RE})${WORD_END}`, 'gu');
const WEEKDAY = new RegExp(
  `${START}(?:يوم\\s+)?(?<weekday>${ARABIC_WEEKDAY_RE})(?:\\s+(?<modifier>${ARABIC_AFTER_MODIFIER_RE}))?${WORD_END}`,
  'gu',
);
const DAY_WORD = new RegExp(
  `${START}(?<word>${ARABIC_DAY_WORD_RE})(?:\\s*[،,]?\\s*(?<weekday>${ARABIC_WEEKDAY_RE}))?${WORD_END}`,
  'gu',
);
/* "وقبل ذلك بيوم", "وفي اليوم التالي": days from the day named last. */
const ANAPHORIC_DAY = new RegExp(`${START}(?<phrase>${ARABIC_ANAPHORIC_DAY_RE})${WORD_END}`, 'gu');
/**
 * "اليوم التالي" (the next day), "الغد المشرق": a day word followed by a definite adjective is a
 * noun. Not one followed by ل + ال or a glued ل ("يتوجه اليوم للقاء …", "وصل أمس للمشاركة في …",
 * "للمرة الأولى"): that is what the day's happening is for, and the day word an adverb.
 */
const DEFINITE_NEXT = /\s+ال\p{L}/uy;
/** "في ذلك اليوم" (on that day), "في اليوم" (per day): a day word after these is a noun. */
const NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:هذا|ذلك|نفس|ذات|في)\s+$/u;

/*
 * Words every pattern of a group needs, scanned for once without the word-boundary checks the
 * patterns make at every position: most paragraphs hold none, and skip the group's patterns.
 */
const MONTH_WORD = new RegExp(ARABIC_MONTH_RE, 'u');
const YEAR_CUE = new RegExp(ARABIC_YEAR_CUE_RE, 'u');
const RELATIVE_WORD = new RegExp([ARABIC_DAY_WORD_RE, ARABIC_WEEKDAY_RE, ARABIC_ANAPHORIC_DAY_RE, ARABIC_PERIOD_UNIT_RE].join('|'), 'u');

const MODE_OF_OFFSET: Record<number, WeekdayMode> = { [-1]: 'last', 0: 'recent', 1: 'next' };

function lookup<T>(table: ReadonlyMap<string, T>, word: string | undefined): T | undefined {
  return word === undefined ? undefined : table.get(normaliseArabic(word));
}

function span(m: RegExpMatchArray): { start: number; end: number } {
  const index = m.index ?? 0;
  return { start: index + (m.groups?.clitic?.length ?? 0), end: index + m[0].length };
}

function dayOf(g: Record<string, string | undefined>): number | undefined {
  if (g.day !== undefined) return readNumber(g.day);
  return lookup(ARABIC_DAY_ORDINAL, g.ordinal);
}

/* A month with a year and a year alone need a digit: a paragraph without one is not searched for them. */
const WITH_DIGITS = [DAY_RANGE, DAY_MONTH, MONTH_YEAR, MONTH_ALONE, YEAR_ALONE];
const WITHOUT_DIGITS = [DAY_MONTH, MONTH_ALONE];

function explicitDates(text: string, out: RawMention[]): void {
  const hasDigit = HAS_DIGIT.test(text);
  const month = MONTH_WORD.test(text);
  const patterns = hasDigit && month ? WITH_DIGITS : hasDigit && YEAR_CUE.test(text) ? [YEAR_ALONE] : month ? WITHOUT_DIGITS : [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const month = lookup(ARABIC_MONTH, g.month);
      // "تموز/أغسطس" names two different months: no single date to report.
      if (g.month2 !== undefined && lookup(ARABIC_MONTH, g.month2) !== month) continue;
      const year = g.year === undefined ? undefined : readNumber(g.year);
      if (year !== undefined && !isPlausibleYear(year)) continue;
      const day = dayOf(g);
      if (!firstDayOfRange(day, g.day2)) continue;
      out.push({ ...span(m), day, month, year });
    }
  }
  for (const m of text.matchAll(DAY_OF_MONTH_PERIOD)) {
    const g = m.groups ?? {};
    out.push({ ...span(m), day: dayOf(g), monthOffset: lookup(ARABIC_MODIFIER, g.modifier) ?? 0 });
  }
}

/*
 * A definite title after the day word opens a verb's object, not an adjective of the day:
 * "استقبل X اليوم الرئيس Y" (received Y today), "التقى X أمس المبعوث Y".
 */
const TITLE_NEXT = /\s+(?:ال)(?:رئيس|أمير|امير|ملك|شيخ|سفير|وزير|مبعوث|ممثل|أمين|امين|مستشار|مستشارة|ملا|وفد)(?![\p{L}\p{M}])/uy;

function isNounUse(text: string, start: number, end: number): boolean {
  DEFINITE_NEXT.lastIndex = end;
  TITLE_NEXT.lastIndex = end;
  return (DEFINITE_NEXT.test(text) && !TITLE_NEXT.test(text)) || NOUN_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/* Where a clause begins: sentence punctuation, or a quotation mark. */
const CLAUSE_START = /[.!?؟؛:\n«»"“”]/gu;
/* A weekday this many words after a future verb is still that verb's ("ستلتقي X بـY في موسكو يوم الجمعة"). */
const FUTURE_REACH_WORDS = 14;

/**
 * Whether a future word (سيلتقي, ستتوجه, سوف, المقرر …, given folded) stands in the clause before
 * `start`: a bare weekday there is the coming one ("ستلتقي ميركل بوتين يوم الجمعة"), not the last.
 */
function futureBefore(text: string, start: number, future: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const clause = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_START)].map((m) => (m.index ?? 0) + 1)));
  const words = clause.split(/[^\p{L}\p{M}]+/u).filter(Boolean).slice(-FUTURE_REACH_WORDS);
  return words.some((w) => {
    const f = foldTerm(w);
    return future.has(f) || (/^[وف]/u.test(f) && future.has(f.slice(1)));
  });
}

function relativeDates(text: string, out: RawMention[], future?: ReadonlySet<string>): void {
  if (!RELATIVE_WORD.test(text)) return;
  for (const m of text.matchAll(DAY_WORD)) {
    const g = m.groups ?? {};
    const { start, end } = span(m);
    const weekday = lookup(ARABIC_WEEKDAY, g.weekday);
    if (weekday === undefined && isNounUse(text, start, end)) continue;
    const offset = lookup(ARABIC_DAY_WORD, g.word);
    if (offset !== undefined) out.push({ start, end, dayOffsets: [offset], weekday });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const g = m.groups ?? {};
    const offset = lookup(ARABIC_MODIFIER, g.modifier) ?? 0;
    const ahead = g.modifier === undefined && future !== undefined && futureBefore(text, span(m).start, future);
    out.push({ ...span(m), weekday: lookup(ARABIC_WEEKDAY, g.weekday), weekdayMode: MODE_OF_OFFSET[offset], ...(ahead ? { ahead } : {}) });
  }
  for (const m of text.matchAll(ANAPHORIC_DAY)) {
    const offset = lookup(ARABIC_ANAPHORIC_DAY, m.groups?.phrase);
    if (offset !== undefined) out.push({ ...span(m), fromPrevious: offset });
  }
  for (const re of [PERIOD_BEFORE, PERIOD_AFTER]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const offset = lookup(ARABIC_MODIFIER, g.modifier) ?? 0;
      const unit = lookup(ARABIC_PERIOD_UNIT, g.unit);
      out.push(unit === 'year' ? { ...span(m), yearOffset: offset } : { ...span(m), monthOffset: offset });
    }
  }
}

/**
 * Candidate date expressions in Arabic text, unresolved and possibly overlapping. With `future`
 * (folded future verbs and markers, as the Arabic pack lists them), a bare weekday after one of
 * them in its clause is the coming one.
 * @example findArabicDates('في 3 أيلول 2021') // [{ start: 3, end: 15, day: 3, month: 9, year: 2021 }]
 */
export function findArabicDates(text: string, future?: ReadonlySet<string>): RawMention[] {
  const out: RawMention[] = [];
  explicitDates(text, out);
  relativeDates(text, out, future);
  return out;
}
