import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/dates/calendar.ts';
import { resolveMention } from '../../src/dates/resolve.ts';
import type { RawMention } from '../../src/dates/types.ts';

const REF = toEpochDay(2021, 10, 12); // Tuesday
const at = (raw: Omit<RawMention, 'start' | 'end'>, ref: number | null = REF) =>
  resolveMention({ start: 0, end: 1, ...raw }, 'x', ref ?? undefined);

describe('resolveMention', () => {
  it('a bare weekday is on or before the reference, the reference included', () => {
    expect(at({ weekday: 2 })?.date).toEqual({ year: 2021, month: 10, day: 12 });
    expect(at({ weekday: 3 })?.date).toEqual({ year: 2021, month: 10, day: 6 });
    expect(at({ weekday: 2, weekdayMode: 'last' })?.date).toEqual({ year: 2021, month: 10, day: 5 });
    expect(at({ weekday: 2, weekdayMode: 'next' })?.date).toEqual({ year: 2021, month: 10, day: 19 });
  });

  it('a month without a year is the most recent such month', () => {
    expect(at({ month: 10 })).toMatchObject({ date: { year: 2021, month: 10 }, precision: 'month', relative: true });
    expect(at({ month: 12 })?.date).toEqual({ year: 2020, month: 12 });
  });

  it('a day and month without a year is the nearest such day: this year’s up to half a year ahead', () => {
    expect(at({ month: 10, day: 12 })?.date).toEqual({ year: 2021, month: 10, day: 12 });
    expect(at({ month: 10, day: 20 })?.date).toEqual({ year: 2021, month: 10, day: 20 });
    expect(at({ month: 11, day: 13 })?.date).toEqual({ year: 2021, month: 11, day: 13 });
    // A deadline or a planned meeting two months on ("by 20 December" in an October article).
    expect(at({ month: 12, day: 20 })?.date).toEqual({ year: 2021, month: 12, day: 20 });
    expect(at({ month: 4, day: 11 })?.date).toEqual({ year: 2021, month: 4, day: 11 });
    expect(at({ month: 5, day: 20 })?.date).toEqual({ year: 2021, month: 5, day: 20 });
    // More than half a year ahead is nearer last year.
    expect(at({ month: 8, day: 15 }, toEpochDay(2021, 2, 1))?.date).toEqual({ year: 2020, month: 8, day: 15 });
    expect(at({ month: 11, day: 20 }, toEpochDay(2021, 1, 10))?.date).toEqual({ year: 2020, month: 11, day: 20 });
    expect(at({ month: 3, day: 1 }, toEpochDay(2021, 1, 10))?.date).toEqual({ year: 2021, month: 3, day: 1 });
  });

  it('several day offsets are narrowed by the weekday, else left undecided', () => {
    expect(at({ dayOffsets: [-1, 1], weekday: 1 })?.date).toEqual({ year: 2021, month: 10, day: 11 });
    expect(at({ dayOffsets: [-1, 1], weekday: 3 })?.date).toEqual({ year: 2021, month: 10, day: 13 });
    expect(at({ dayOffsets: [-1, 1] })).toBeUndefined();
    expect(at({ dayOffsets: [-1, 1], weekday: 5 })).toBeUndefined();
  });

  it('a day of a relative month must exist', () => {
    expect(at({ day: 31, monthOffset: -1 })).toBeUndefined();
    expect(at({ day: 30, monthOffset: -1 })?.date).toEqual({ year: 2021, month: 9, day: 30 });
  });

  it('written dates need no reference and are validated', () => {
    expect(at({ year: 2021, month: 2, day: 29 }, null)).toBeUndefined();
    expect(at({ year: 2020, month: 2, day: 29 }, null)).toMatchObject({ precision: 'day', relative: false });
    expect(at({ year: 2021, month: 13 }, null)).toBeUndefined();
    expect(at({ year: 2021 }, null)).toMatchObject({ date: { year: 2021 }, precision: 'year' });
  });

  it('anything anchored on the reference is dropped without one', () => {
    for (const raw of [{ weekday: 1 }, { month: 5 }, { dayOffsets: [0] }, { yearOffset: 0 }, { monthOffset: 0 }]) {
      expect(at(raw, null)).toBeUndefined();
    }
  });
});
