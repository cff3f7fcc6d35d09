/**
 * All-digit dates in any digit script: "2021-08-16" (year first) and "16/08/2021", "16.08.2021"
 * (day first, the order used in Hindi and Arabic writing). A separator must repeat, so a ratio or
 * a score ("3-2") never reads as a date.
 */
import { DIGIT, HAS_DIGIT, WORD_END, WORD_START, YEAR, isPlausibleYear, readNumber } from './patterns.ts';
import type { RawMention } from './types.ts';

const SMALL = `${DIGIT}{1,2}`;
const YEAR_FIRST = new RegExp(`${WORD_START}(?<year>${YEAR})(?<sep>[-/.])(?<month>${SMALL})\\k<sep>(?<day>${SMALL})${WORD_END}`, 'gu');
const DAY_FIRST = new RegExp(`${WORD_START}(?<day>${SMALL})(?<sep>[-/.])(?<month>${SMALL})\\k<sep>(?<year>${YEAR})${WORD_END}`, 'gu');

/**
 * Candidate numeric dates, unresolved (impossible days are rejected by the resolver).
 * @example findNumericDates('on 16/08/2021') // [{ start: 3, end: 13, day: 16, month: 8, year: 2021 }]
 */
export function findNumericDates(text: string): RawMention[] {
  const out: RawMention[] = [];
  if (!HAS_DIGIT.test(text)) return out;
  for (const re of [YEAR_FIRST, DAY_FIRST]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const year = readNumber(g.year ?? '');
      if (!isPlausibleYear(year)) continue;
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, day: readNumber(g.day ?? ''), month: readNumber(g.month ?? ''), year });
    }
  }
  return out;
}
