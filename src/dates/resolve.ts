/**
 * Turns what an extractor read into a calendar date, anchoring relative expressions on the
 * reference day (the article's publication date). The rules are the reading a news report calls for:
 *
 * - a bare weekday ("सोमवार को", "on Monday") is the most recent such day on or before the
 *   reference, the reference itself included; "last"/"next" forms are strictly before/after it;
 * - a month without a year is the most recent such month on or before the reference ("दिसंबर में"
 *   in an October 2021 article is December 2020); a day-and-month without a year is the nearest
 *   such day, this year's up to half a year after the reference: news names upcoming days that way
 *   (a withdrawal deadline "11 सितंबर" in a July article, a summit "20 أكتوبر" in an October one).
 *   On the development set the nearest day dated one more event rightly and none wrongly than the
 *   most recent one with a month ahead allowed; both keep their own precision;
 *   in a future-tense clause (`ahead`) it and a bare weekday are the next such on or after it;
 * - "today"/"yesterday" with a weekday ("اليوم الأربعاء") must agree: if the two disagree the
 *   weekday wins, at its nearest date, since a publication date is often a day off while a
 *   written weekday is not; Hindi कल, which may point either way, keeps the direction that matches;
 * - a day of the month written alone ("30 तारीख को") is the most recent such day, the next in a
 *   future clause;
 * - a written date with a weekday keeps the written date.
 *
 * Anything that needs the reference is dropped when there is none, except a day and month (or a
 * month) without a year when the corpus's year is known (corpus-year.ts).
 */
import { addMonths, fromEpochDay, isValidDay, toEpochDay, weekdayOfEpochDay } from './calendar.ts';
import type { DateMention, PartialDate, Precision, RawMention } from './types.ts';

type Resolved = { date: PartialDate; precision: Precision; relative: boolean };

function dayResult(epochDay: number): Resolved {
  return { date: fromEpochDay(epochDay), precision: 'day', relative: true };
}

function weekdayOnOrBefore(epochDay: number, weekday: number): number {
  return epochDay - ((weekdayOfEpochDay(epochDay) - weekday + 7) % 7);
}

function fromWeekday(ref: number, weekday: number, mode: RawMention['weekdayMode'] | 'coming'): number {
  if (mode === 'coming') return ref + ((weekday - weekdayOfEpochDay(ref) + 7) % 7);
  if (mode === 'next') return ref + ((weekday - weekdayOfEpochDay(ref) + 6) % 7) + 1;
  if (mode === 'last') return weekdayOnOrBefore(ref - 1, weekday);
  return weekdayOnOrBefore(ref, weekday);
}

function fromDayOffsets(ref: number, offsets: readonly number[], weekday: number | undefined): number | undefined {
  const candidates = offsets.map((o) => ref + o);
  if (weekday === undefined) return candidates.length === 1 ? candidates[0] : undefined;
  const agreeing = candidates.filter((d) => weekdayOfEpochDay(d) === weekday);
  if (agreeing.length === 1) return agreeing[0];
  if (candidates.length !== 1 || candidates[0] === undefined) return undefined;
  // The nearest day with that weekday lies within three days either side.
  return weekdayOnOrBefore(candidates[0] + 3, weekday);
}

/** Days after the reference within which a day-and-month without a year is this year's: half a year, so the nearer one wins. */
const UPCOMING_DAYS = 182;

function upcoming(year: number, month: number, day: number, ref: number): boolean {
  return isValidDay(year, month, day) && toEpochDay(year, month, day) - ref <= UPCOMING_DAYS;
}

function relativeToReference(raw: RawMention, ref: number): Resolved | undefined {
  const today = fromEpochDay(ref);
  if (raw.dayOffsets) {
    const day = fromDayOffsets(ref, raw.dayOffsets, raw.weekday);
    return day === undefined ? undefined : dayResult(day);
  }
  if (raw.monthOffset !== undefined) {
    const { year, month } = addMonths(today.year, today.month, raw.monthOffset);
    if (raw.day === undefined) return { date: { year, month }, precision: 'month', relative: true };
    return isValidDay(year, month, raw.day) ? dayResult(toEpochDay(year, month, raw.day)) : undefined;
  }
  if (raw.yearOffset !== undefined) return { date: { year: today.year + raw.yearOffset }, precision: 'year', relative: true };
  if (raw.month !== undefined) {
    const written = raw.month * 100 + (raw.day ?? 0);
    const now = today.month * 100 + (raw.day === undefined ? 0 : today.day);
    const thisYear = raw.day === undefined ? raw.month <= today.month : written <= now || upcoming(today.year, raw.month, raw.day, ref);
    const year = raw.ahead ? (written >= now ? today.year : today.year + 1) : thisYear ? today.year : today.year - 1;
    if (raw.day === undefined) return { date: { year, month: raw.month }, precision: 'month', relative: true };
    return isValidDay(year, raw.month, raw.day) ? dayResult(toEpochDay(year, raw.month, raw.day)) : undefined;
  }
  if (raw.day !== undefined) return dayOfMonth(raw.day, today, raw.ahead === true);
  if (raw.weekday !== undefined) return dayResult(fromWeekday(ref, raw.weekday, raw.ahead && (raw.weekdayMode ?? 'recent') === 'recent' ? 'coming' : raw.weekdayMode));
  return undefined;
}

/**
 * A day of the month written alone ("30 तारीख को", "on the 30th"): the most recent such day on or
 * before the reference, the next one on or after it in a future clause; none when that month has no
 * such day (a 31st after a 30-day month names no day we can know).
 */
function dayOfMonth(day: number, today: PartialDate, ahead: boolean): Resolved | undefined {
  const sameMonth = ahead ? day >= today.day! : day <= today.day!;
  const { year, month } = sameMonth ? { year: today.year, month: today.month! } : addMonths(today.year, today.month!, ahead ? 1 : -1);
  return isValidDay(year, month, day) ? dayResult(toEpochDay(year, month, day)) : undefined;
}

function written(raw: RawMention): Resolved | undefined {
  const { year, month, day } = raw;
  if (year === undefined) return undefined;
  if (month === undefined) return day === undefined ? { date: { year }, precision: 'year', relative: false } : undefined;
  if (day === undefined) return month >= 1 && month <= 12 ? { date: { year, month }, precision: 'month', relative: false } : undefined;
  return isValidDay(year, month, day) ? { date: { year, month, day }, precision: 'day', relative: false } : undefined;
}

/** A day and month (or a month) written without a year, in `year`; nothing relative to a day. */
function inYear(raw: RawMention, year: number): Resolved | undefined {
  if (raw.month === undefined || raw.dayOffsets || raw.monthOffset !== undefined || raw.yearOffset !== undefined) return undefined;
  const resolved = written({ ...raw, year });
  return resolved && { ...resolved, relative: true };
}

/**
 * Resolves one raw mention against `refDay` (an epoch day, see calendar.ts); undefined when the
 * date is impossible, ambiguous, or needs a reference that is missing.
 * @example resolveMention({ start: 0, end: 7, weekday: 1 }, 'सोमवार', toEpochDay(2021, 8, 17))
 *   // { start: 0, end: 7, text: 'सोमवार', date: { year: 2021, month: 8, day: 16 }, precision: 'day', relative: true }
 */
export function resolveMention(raw: RawMention, text: string, refDay: number | undefined, assumedYear?: number): DateMention | undefined {
  const isWritten = raw.year !== undefined && raw.dayOffsets === undefined && raw.monthOffset === undefined && raw.yearOffset === undefined;
  const resolved = isWritten ? written(raw) : refDay !== undefined ? relativeToReference(raw, refDay) : assumedYear !== undefined ? inYear(raw, assumedYear) : undefined;
  if (!resolved) return undefined;
  return { start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), ...resolved };
}

/**
 * Resolves a mention counted from the day the text named last before it ("a day earlier" after
 * "on Thursday"); undefined when no such day is known.
 * @example resolveFromPrevious({ start: 20, end: 33, fromPrevious: -1 }, text, thursday) // Wednesday
 */
export function resolveFromPrevious(raw: RawMention, text: string, previous: DateMention | undefined): DateMention | undefined {
  if (raw.fromPrevious === undefined || !previous || previous.precision !== 'day' || previous.date.day === undefined || previous.date.month === undefined) return undefined;
  const day = toEpochDay(previous.date.year, previous.date.month, previous.date.day) + raw.fromPrevious;
  return { start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), ...dayResult(day) };
}
