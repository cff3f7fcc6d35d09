import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, fromEpochDay, isValidDay, parseIsoDay, toEpochDay, weekdayOfEpochDay } from '../../src/dates/calendar.ts';
import { compareDates, dateKey, dateWithin, formatDate, precisionOf, weekdayOf } from '../../src/dates/format.ts';

describe('calendar arithmetic', () => {
  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 9)).toBe(30);
  });

  it('rejects impossible days', () => {
    expect(isValidDay(2021, 2, 30)).toBe(false);
    expect(isValidDay(2021, 13, 1)).toBe(false);
    expect(isValidDay(2021, 0, 1)).toBe(false);
    expect(isValidDay(2021, 8, 0)).toBe(false);
    expect(isValidDay(2021, 8, 31)).toBe(true);
  });

  it('round-trips epoch days and agrees with the FACTS calendar', () => {
    const d = toEpochDay(2021, 8, 25);
    expect(fromEpochDay(d)).toEqual({ year: 2021, month: 8, day: 25 });
    expect(weekdayOfEpochDay(d)).toBe(3);
    expect(weekdayOfEpochDay(toEpochDay(2021, 8, 15))).toBe(0);
    expect(weekdayOfEpochDay(toEpochDay(2021, 10, 12))).toBe(2);
  });

  it('adds months across year ends', () => {
    expect(addMonths(2021, 1, -1)).toEqual({ year: 2020, month: 12 });
    expect(addMonths(2021, 12, 1)).toEqual({ year: 2022, month: 1 });
    expect(addMonths(2021, 8, 0)).toEqual({ year: 2021, month: 8 });
  });

  it('parses only strict, real ISO days', () => {
    expect(parseIsoDay('2021-08-16')).toEqual({ year: 2021, month: 8, day: 16 });
    expect(parseIsoDay('2021-8-16')).toBeUndefined();
    expect(parseIsoDay('2021-02-29')).toBeUndefined();
  });
});

describe('formatDate and ordering', () => {
  it('prints each precision as specified', () => {
    expect(formatDate({ year: 2021, month: 8, day: 16 })).toBe('2021-08-16');
    expect(formatDate({ year: 2021, month: 5 })).toBe('May 2021');
    expect(formatDate({ year: 2021 })).toBe('2021');
  });

  it('reports precision', () => {
    expect(precisionOf({ year: 2021 })).toBe('year');
    expect(precisionOf({ year: 2021, month: 5 })).toBe('month');
    expect(precisionOf({ year: 2021, month: 5, day: 1 })).toBe('day');
  });

  it('sorts chronologically with coarser dates first', () => {
    const dates = [{ year: 2021, month: 10, day: 12 }, { year: 2020, month: 12 }, { year: 2021 }, { year: 2021, month: 5 }, { year: 2021, month: 5, day: 2 }];
    expect(dates.sort(compareDates).map(dateKey)).toEqual(['2020-12', '2021', '2021-05', '2021-05-02', '2021-10-12']);
  });

  it('tells whether a date lies within a coarser one', () => {
    expect(dateWithin({ year: 2021, month: 5, day: 3 }, { year: 2021, month: 5 })).toBe(true);
    expect(dateWithin({ year: 2021, month: 6, day: 3 }, { year: 2021, month: 5 })).toBe(false);
    expect(dateWithin({ year: 2021, month: 12 }, { year: 2021 })).toBe(true);
  });

  it('gives the weekday of an ISO date and refuses malformed input', () => {
    expect(weekdayOf('2021-08-16')).toBe(1);
    expect(weekdayOf('2021-10-07')).toBe(4);
    expect(() => weekdayOf('2021-02-30')).toThrow(RangeError);
  });
});
