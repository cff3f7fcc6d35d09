/**
 * Printing and ordering of partial dates. A date is printed at exactly its precision: a month is
 * "May 2021", never "2021-05-01", so a reader is not told more than the source says.
 */
import { parseIsoDay, toEpochDay, toIsoDay, weekdayOfEpochDay } from './calendar.ts';
import type { PartialDate, Precision } from './types.ts';

/** English month names, index 0 = January. */
export const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The precision a partial date carries. */
export function precisionOf(d: PartialDate): Precision {
  if (d.month === undefined) return 'year';
  return d.day === undefined ? 'month' : 'day';
}

/**
 * Human-readable form at the date's own precision.
 * @example formatDate({ year: 2021, month: 8, day: 16 }) // '2021-08-16'
 * @example formatDate({ year: 2021, month: 5 })          // 'May 2021'
 * @example formatDate({ year: 2021 })                    // '2021'
 */
export function formatDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${ENGLISH_MONTHS[d.month - 1]} ${d.year}`;
  return toIsoDay(d.year, d.month, d.day);
}

/**
 * A string that sorts chronologically; a coarser date sorts before the finer dates inside it.
 * @example dateKey({ year: 2021, month: 5 }) // '2021-05'
 */
export function dateKey(d: PartialDate): string {
  const year = String(d.year).padStart(4, '0');
  if (d.month === undefined) return year;
  const month = `${year}-${String(d.month).padStart(2, '0')}`;
  return d.day === undefined ? month : `${month}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Comparator for `Array.prototype.sort`: chronological, coarser first on ties.
 * @example [{ year: 2021, month: 5, day: 2 }, { year: 2021 }].sort(compareDates) // 2021 first
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const ka = dateKey(a);
  const kb = dateKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Whether `inner` lies within `outer` at `outer`'s precision (2021-05-03 is within May 2021). */
export function dateWithin(inner: PartialDate, outer: PartialDate): boolean {
  return dateKey(inner).startsWith(dateKey(outer));
}

/**
 * Day of the week of a `YYYY-MM-DD` date: 0 = Sunday … 6 = Saturday.
 * @example weekdayOf('2021-08-25') // 3 (Wednesday)
 * @throws RangeError when `iso` is not a real `YYYY-MM-DD` day.
 */
export function weekdayOf(iso: string): number {
  const d = parseIsoDay(iso);
  if (!d) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return weekdayOfEpochDay(toEpochDay(d.year, d.month, d.day));
}
