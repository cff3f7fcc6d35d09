import { describe, expect, it } from 'vitest';
import { findDatesWith, ENGLISH_DATES } from '../../src/dates/find.ts';

/** Dates and unresolved spans of an English sentence read against `ref`. */
function read(text: string, ref: string) {
  const unresolved: Array<{ start: number; end: number }> = [];
  const dates = findDatesWith(text, ENGLISH_DATES, ref, { unresolved }).map((m) => ({ text: m.text, date: m.date, precision: m.precision }));
  return { dates, unresolved: unresolved.map((u) => text.slice(u.start, u.end)) };
}

describe('English named weeks ("last week", "next week")', () => {
  it('dates a week inside one month to that month, never to a day', () => {
    // Wednesday 2021-09-15: last week is 6–12 September, next week 20–26 September.
    expect(read('The envoy travelled to Doha last week.', '2021-09-15').dates).toEqual([{ text: 'last week', date: { year: 2021, month: 9 }, precision: 'month' }]);
    expect(read('The ministers will meet in Tashkent next week.', '2021-09-15').dates).toEqual([{ text: 'next week', date: { year: 2021, month: 9 }, precision: 'month' }]);
    expect(read('The council held talks earlier this week.', '2021-09-15').dates).toEqual([{ text: 'this week', date: { year: 2021, month: 9 }, precision: 'month' }]);
    // Monday 2021-11-08: last week is 1–7 November.
    expect(read('Over the past week the delegation visited Kabul.', '2021-11-08').dates).toEqual([{ text: 'past week', date: { year: 2021, month: 11 }, precision: 'month' }]);
  });

  it('leaves a week spanning two months unresolved', () => {
    // Wednesday 2021-09-01: last week is 23–29 August (one month), next week 6–12 September, this week 30 August–5 September.
    expect(read('They spoke last week.', '2021-09-01').dates).toEqual([{ text: 'last week', date: { year: 2021, month: 8 }, precision: 'month' }]);
    expect(read('They spoke this week.', '2021-09-01')).toEqual({ dates: [], unresolved: ['this week'] });
  });

  it('keeps counted weeks and days as they were ("two weeks ago")', () => {
    expect(read('The two leaders met two weeks ago.', '2021-09-15').dates[0]?.date).toEqual({ year: 2021, month: 9, day: 1 });
  });
});
