import { describe, expect, it } from 'vitest';
import { ACCEPTED_FORMS, parseUserDate } from '../../src/dates/user-date.ts';

describe('parseUserDate', () => {
  it.each(['2021-08-16', '16 Aug 2021', 'August 16 2021', '16 August 2021', '16/08/2021', 'Aug 16, 2021', '16th August 2021', '  16  aug  2021 ', '16.08.2021'])(
    'accepts %s as 2021-08-16',
    (input) => {
      expect(parseUserDate(input)).toEqual({ ok: true, date: { year: 2021, month: 8, day: 16 }, precision: 'day' });
    },
  );

  it.each(['2021-08', 'August 2021', 'Aug 2021', 'august, 2021'])('accepts %s as the month August 2021', (input) => {
    expect(parseUserDate(input)).toEqual({ ok: true, date: { year: 2021, month: 8 }, precision: 'month' });
  });

  it('reads the day first in slashed dates', () => {
    expect(parseUserDate('05/08/2021')).toMatchObject({ date: { year: 2021, month: 8, day: 5 } });
  });

  it('accepts Hindi and Arabic spellings and digits', () => {
    expect(parseUserDate('१६ अगस्त २०२१')).toMatchObject({ ok: true, date: { year: 2021, month: 8, day: 16 } });
    expect(parseUserDate('٢٥ أغسطس ٢٠٢١')).toMatchObject({ ok: true, date: { year: 2021, month: 8, day: 25 } });
    expect(parseUserDate('٢٠٢١-٠٨-٢٥')).toMatchObject({ ok: true, date: { year: 2021, month: 8, day: 25 } });
  });

  it('echoes at most 40 characters of a long input', () => {
    const r = parseUserDate('x'.repeat(500));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`"${'x'.repeat(39)}…"`);
  });

  it.each([
    ['2021-02-30', 'February 2021 has 28 days'],
    ['31 Sept 2021', 'September 2021 has 30 days'],
    ['2021-13-01', 'there is no month 13'],
    ['yesterday', 'relative'],
    ['', 'Please give a date'],
    ['garbage', "Couldn't read"],
    ['2021', "Couldn't read"],
    ['16 Augst 2021', "Couldn't read"],
  ])('refuses %j with a message (%s) listing the accepted forms', (input, reason) => {
    const r = parseUserDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(reason);
      expect(r.message).toContain(ACCEPTED_FORMS);
    }
  });
});
