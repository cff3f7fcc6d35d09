import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';

/* A range of days before one month is dated by its first day: a visit "on 25-26 October" begins on the 25th. */
const first = (text: string, lang: 'hin' | 'arb' | 'eng') => findDateMentions(text, lang, '2021-10-18').map((m) => [m.text, m.date]);

describe('ranges of days', () => {
  it('reads Hindi ranges joined by a dash, और or से', () => {
    expect(first('मंत्री 21-22 अक्टूबर को मास्को जाएंगे', 'hin')).toEqual([['21-22 अक्टूबर', { year: 2021, month: 10, day: 21 }]]);
    expect(first('वे 25 और 26 अक्टूबर को दोहा में रहेंगे', 'hin')).toEqual([['25 और 26 अक्टूबर', { year: 2021, month: 10, day: 25 }]]);
    expect(first('सम्मेलन 3 से 5 अक्टूबर तक चला', 'hin')).toEqual([['3 से 5 अक्टूबर', { year: 2021, month: 10, day: 3 }]]);
  });

  it('reads Arabic ranges joined by a dash, و or إلى', () => {
    expect(first('يزور الوزير الدوحة يومي 25 و26 أكتوبر الجاري', 'arb')).toEqual([['25 و26 أكتوبر', { year: 2021, month: 10, day: 25 }]]);
    expect(first('تعقد القمة من 3 إلى 5 أكتوبر 2021', 'arb')).toEqual([['3 إلى 5 أكتوبر 2021', { year: 2021, month: 10, day: 3 }]]);
    expect(first('الزيارة 21-22 أكتوبر', 'arb')).toEqual([['21-22 أكتوبر', { year: 2021, month: 10, day: 21 }]]);
  });

  it('reads an English range whose first day chrono leaves out', () => {
    expect(first('He will be in Doha on 25 and 26 October.', 'eng')).toEqual([['25 and 26 October', { year: 2021, month: 10, day: 25 }]]);
  });

  it('takes two numbers that do not rise for no range: a clock time before a date, a count before a date, minutes of a clock time', () => {
    expect(first('15:28 - 20 أغسطس 2021', 'arb')).toEqual([['20 أغسطس 2021', { year: 2021, month: 8, day: 20 }]]);
    expect(first('09:15 - 17 أغسطس 2021', 'arb')).toEqual([['17 أغسطس 2021', { year: 2021, month: 8, day: 17 }]]);
    expect(first('09:15 - 17 अगस्त 2021', 'hin')).toEqual([['17 अगस्त 2021', { year: 2021, month: 8, day: 17 }]]);
    expect(first('पिछले 20 और 15 अगस्त को', 'hin')).toEqual([['15 अगस्त', { year: 2021, month: 8, day: 15 }]]);
    expect(first('He listed 30 and 26 October.', 'eng')).toEqual([['26 October', { year: 2021, month: 10, day: 26 }]]);
  });
});
