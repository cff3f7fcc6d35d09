/**
 * English date expressions through chrono-node, which reads English well ("October 12, 2021",
 * "12 Oct 2021", "Sept. 3", "yesterday", "on Monday", "this year"). Its results are translated into
 * raw mentions so that the shared resolver applies the same anchoring rules as for Hindi and
 * Arabic: chrono would send a bare weekday or a year-less date to the nearest occurrence, possibly
 * in the future, where a news report means the most recent one.
 */
import * as chrono from 'chrono-node';
import { fromEpochDay, toEpochDay, weekdayOfEpochDay } from './calendar.ts';
import type { RawMention, WeekdayMode } from './types.ts';

/** A year the text itself states: "2021" or "'21". */
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)|['’]\d{2}(?!\d)/;
const NEXT = /\b(?:next|coming)\b/i;
const LAST = /\b(?:last|past|previous)\b/i;
/** A bare month name is only a date after one of these ("in May"); otherwise "March on" would count. */
const MONTH_CUE_BEFORE = /(?:^|[^A-Za-z])(?:in|since|until|till|by|during|from|through|of|early|late|mid|last|this|next|before|after|around)[\s-]+$/i;
/**
 * "in two days", "within a week", "for three days": in news these are spans of time ("the second
 * call in two days"), not the day two days ahead that chrono reads.
 */
const DURATION = /^(?:in|within|for|over)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\b/i;

/** "a day earlier", "two days later": counted from an event the text names, not from the publication date. */
const FROM_ANOTHER_EVENT = /\b(?:earlier|later|before|after)$/i;

/** The first day of a range chrono reads only the last day of: "on 25 and 26 October". */
const RANGE_FIRST_DAY = /(?<![\d:]\s?)(\d{1,2})\s+(?:and|&)\s+$/u;
/** How far before a date the first day of its range may stand. */
const RANGE_REACH = 10;

/**
 * Days counted from the day the text named last ("They met on Thursday. A day earlier …", "the
 * next day", "earlier in the day", "later that day", "the same day"); "the day before" only where
 * nothing follows it ("the day before the talks" counts from a happening, not a day).
 */
const ANAPHORIC_DAYS = /\b(?:(?<same>(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:on\s+)?(?:the|that)\s+same\s+day)|(?<count>a|one|two|three)\s+days?\s+(?<direction>earlier|later)|the\s+(?<which>next|following|previous)\s+day|the\s+day\s+(?<before>before)(?=\s*[,.;]))\b/giu;
const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

function anaphoricDays(text: string): RawMention[] {
  return [...text.matchAll(ANAPHORIC_DAYS)].map((m) => {
    const g = m.groups ?? {};
    const sign = g.direction ? (g.direction.toLowerCase() === 'earlier' ? -1 : 1) : g.before || g.which?.toLowerCase() === 'previous' ? -1 : 1;
    const start = m.index ?? 0;
    if (g.same) return { start, end: start + m[0].length, fromPrevious: 0 };
    return { start, end: start + m[0].length, fromPrevious: sign * (g.count ? COUNTS[g.count.toLowerCase()]! : 1) };
  });
}

/** A calendar week named from the reference: "last week", "next week", "this week", "the past week". */
const NAMED_WEEK = /^(?:the\s+)?(?<which>last|past|previous|next|coming|this)\s+week$/iu;
const WEEK_SHIFT: Readonly<Record<string, number>> = { last: -7, past: -7, previous: -7, next: 7, coming: 7, this: 0 };

/**
 * A named week states no day: chrono's day in it would be a date the text never gives. When the
 * week (Monday to Sunday) lies in one month it dates to that month; a week across two months dates
 * to nothing we can name, and is left unresolved (no other date of the sentence stands in for it).
 */
function namedWeek(inner: string, start: number, end: number, refDay: number): RawMention | undefined {
  const which = NAMED_WEEK.exec(inner)?.groups?.which?.toLowerCase();
  if (which === undefined) return undefined;
  const day = refDay + WEEK_SHIFT[which]!;
  const monday = day - ((weekdayOfEpochDay(day) + 6) % 7);
  const [first, last, ref] = [fromEpochDay(monday), fromEpochDay(monday + 6), fromEpochDay(refDay)];
  if (first.month !== last.month) return { start, end, dayOffsets: [] };
  return { start, end, monthOffset: (first.year - ref.year) * 12 + (first.month - ref.month) };
}

const WEEKEND = /\bweek-?ends?\b/iu;

/**
 * A day of the month written alone, "on the 30th" (the most recent 30th, resolve.ts), or of a named
 * month, "on the 30th of this month" / "of last month"; not "on the 30th anniversary": a word other
 * than a preposition after it makes the ordinal an adjective.
 */
const DAY_OF_MONTH = /\bon\s+the\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?<which>this|last|next)\s+month)?(?=\s*(?:[.,;:)\]]|$)|\s+(?:in|at|and|with|when|after|before|to|for|as)\b)/giu;
const MONTH_SHIFT: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

function daysOfMonth(text: string): RawMention[] {
  return [...text.matchAll(DAY_OF_MONTH)].map((m) => {
    const start = (m.index ?? 0) + m[0].search(/the/iu);
    const day = Number(m.groups!.day);
    const which = m.groups?.which?.toLowerCase();
    const end = (m.index ?? 0) + m[0].length;
    if (which !== undefined) return { start, end, day, monthOffset: MONTH_SHIFT[which]! };
    return futureBefore(text, start) ? { start, end, day, ahead: true } : { start, end, day };
  });
}

/** Any reference will do when none is given: everything chrono anchors on it is dropped later. */
const PLACEHOLDER_REFERENCE = toEpochDay(2000, 1, 1);

export type EnglishMode = 'casual' | 'strict';

/* Where a clause begins: sentence punctuation, a comma, a quotation mark. */
const CLAUSE_START = /[.!?;:,\n"“”«»]/gu;
/** Words that put the rest of their clause in the future: a bare weekday there is the coming one. */
const FUTURE_WORDS = new Set(['will', 'shall', 'would', "'ll", 'scheduled', 'expected', 'due', 'slated', 'set', 'plans', 'planned', 'planning', 'going', 'tomorrow']);
/*
 * A weekday this many words after the future word is still its verb's ("will hold talks with the
 * envoy in Doha on Friday", "will be the first face-to-face meeting of the President with Prime
 * Minister Modi on Friday": titles and names make the noun phrases long).
 */
const FUTURE_REACH_WORDS = 16;
/* A day set off by a comma at the end of its clause is still the clause's ("will be the first meeting with Y, on Friday"). */
const SET_OFF_DAY = /,\s*(?:on\s+)?$/iu;

/**
 * Whether a future word stands in the clause before `start` ("will be meeting on Thursday", "is
 * scheduled to visit on Monday"), or "ahead of" (what it names is still to come: "talks held ahead
 * of the summit on Wednesday"): a bare weekday there is the coming one, not the last.
 */
function futureBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start).replace(SET_OFF_DAY, ' ');
  const clause = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_START)].map((m) => (m.index ?? 0) + 1)));
  const words = clause.toLowerCase().replace(/[’]/gu, "'").split(/\s+|(?=')/u).filter(Boolean).slice(-FUTURE_REACH_WORDS);
  return words.some((w, i) => FUTURE_WORDS.has(w) || (w === 'ahead' && words[i + 1] === 'of'));
}

function weekdayMode(text: string): WeekdayMode {
  if (NEXT.test(text)) return 'next';
  return LAST.test(text) ? 'last' : 'recent';
}

const LOWER_SHORT_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/u;

/** Chrono's weekday pattern takes in surrounding commas and brackets ("on Friday,"); a mention should not. */
const EDGE_PUNCTUATION = /^[\s,;(（]*(.*?)[\s,;)）]*$/su;

function toRaw(r: chrono.ParsedResult, text: string, refDay: number): RawMention | undefined {
  const c = r.start;
  const inner = EDGE_PUNCTUATION.exec(r.text)?.[1] ?? r.text;
  const start = r.index + r.text.indexOf(inner);
  const end = start + inner.length;
  if (c.tags().has('casualReference/now') || DURATION.test(inner) || FROM_ANOTHER_EVENT.test(inner)) return undefined;
  const week = namedWeek(inner, start, end, refDay);
  if (week) return week;
  // "over the weekend" is two days, and chrono's Saturday one the text never gives: no day we can name.
  if (WEEKEND.test(inner)) return { start, end, dayOffsets: [] };
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  if (c.isCertain('year')) {
    if (WRITTEN_YEAR.test(r.text)) {
      return {
        start, end, year,
        month: c.isCertain('month') ? month : undefined,
        day: c.isCertain('day') ? day : undefined,
      };
    }
    // Chrono computed the year from the reference ("yesterday", "this month", "last year").
    const ref = fromEpochDay(refDay);
    if (c.isCertain('day')) return { start, end, dayOffsets: [toEpochDay(year, month, day) - refDay] };
    if (c.isCertain('month')) return { start, end, monthOffset: (year - ref.year) * 12 + (month - ref.month) };
    return { start, end, yearOffset: year - ref.year };
  }
  if (c.isCertain('month')) {
    if (!c.isCertain('day') && !MONTH_CUE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
    const ahead = futureBefore(text, start) ? { ahead: true } : {};
    return c.isCertain('day') ? { start, end, month, day, ...ahead } : { start, end, month, ...ahead };
  }
  const weekday = c.get('weekday');
  // A weekday's short form in lower case is a word: "sat down with", "wed", "sun".
  if (LOWER_SHORT_WEEKDAY.test(inner)) return undefined;
  if (c.isCertain('weekday') && weekday !== null) {
    const mode = weekdayMode(r.text);
    return { start, end, weekday, weekdayMode: mode, ...(mode === 'recent' && futureBefore(text, start) ? { ahead: true } : {}) };
  }
  return undefined;
}

/**
 * Candidate English date expressions. `strict` keeps only fully written dates (used for English
 * quoted inside Hindi or Arabic paragraphs); `casual` adds relative words.
 * @example findEnglishDates('— Dr. S. Jaishankar October 12, 2021', undefined, 'strict')
 *   // [{ start: 20, end: 36, year: 2021, month: 10, day: 12 }]
 */
export function findEnglishDates(text: string, refDay: number | undefined, mode: EnglishMode): RawMention[] {
  const anchor = refDay ?? PLACEHOLDER_REFERENCE;
  const { year, month, day } = fromEpochDay(anchor);
  // Local noon, so chrono (which works in the host's zone) sees the same calendar day.
  const instant = new Date(year, month - 1, day, 12);
  const parser = mode === 'casual' ? chrono.en.casual : chrono.en.strict;
  const out: RawMention[] = [];
  const counted = mode === 'casual' ? [...anaphoricDays(text), ...daysOfMonth(text)] : [];
  for (const r of parser.parse(text, instant)) {
    const raw = toRaw(r, text, anchor);
    // Chrono reads "the next day" from the publication date: the text counts it from its own day.
    if (raw && !counted.some((c) => c.start < raw.end && raw.start < c.end)) out.push(withRangeStart(raw, text));
  }
  return [...out, ...counted];
}

/** A day-month date after "25 and" is dated by the range's first day, when that comes earlier in the month. */
function withRangeStart(raw: RawMention, text: string): RawMention {
  if (raw.day === undefined || !/^\d/u.test(text.slice(raw.start))) return raw;
  const before = text.slice(Math.max(0, raw.start - RANGE_REACH), raw.start);
  const m = RANGE_FIRST_DAY.exec(before);
  const first = m ? Number(m[1]) : undefined;
  if (!m || first === undefined || first >= raw.day) return raw;
  return { ...raw, start: raw.start - before.length + (m.index ?? 0), day: first };
}
