import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';

/** [text, YYYY-MM-DD or YYYY-MM] of each mention, in an article published on Wednesday 2021-09-01. */
const found = (text: string, lang: 'hin' | 'arb' | 'eng', published = '2021-09-01') =>
  findDateMentions(text, lang, published).map((m) => [m.text, [m.date.year, m.date.month, m.date.day].filter((x) => x !== undefined).map((x) => String(x).padStart(2, '0')).join('-')]);

describe('a day of the month written without its month (session 19)', () => {
  it('reads Hindi "N तारीख" as the most recent such day, and "month की N तारीख" as that month\'s', () => {
    expect(found('उन्होंने 30 तारीख को बात की।', 'hin')).toEqual([['30 तारीख', '2021-08-30']]);
    expect(found('उन्होंने 1 तारीख को बात की।', 'hin')).toEqual([['1 तारीख', '2021-09-01']]);
    expect(found('उन्होंने अगस्त की 30 तारीख को बात की।', 'hin')).toEqual([['अगस्त की 30 तारीख', '2021-08-30']]);
    expect(found('उन्होंने अगस्त महीने की 3 तारीख को बात की।', 'hin')).toEqual([['अगस्त महीने की 3 तारीख', '2021-08-03']]);
  });

  it('reads a future clause\'s "N तारीख" as the next such day', () => {
    expect(found('वे 30 तारीख को मुलाकात करेंगे।', 'hin')).toEqual([['30 तारीख', '2021-09-30']]);
  });

  it('names no day for a 31st after a month of 30 days', () => {
    expect(found('उन्होंने 31 तारीख को बात की।', 'hin', '2021-10-15')).toEqual([]);
  });

  it('reads English "on the 30th" and "on the 1st of this month", not "on the 30th anniversary"', () => {
    expect(found('They met on the 30th.', 'eng')).toEqual([['the 30th', '2021-08-30']]);
    expect(found('They met on the 1st of this month in Doha.', 'eng')).toEqual([['the 1st of this month', '2021-09-01']]);
    expect(found('They met on the 30th anniversary of the treaty.', 'eng')).toEqual([]);
    expect(found('They will meet on the 30th.', 'eng')).toEqual([['the 30th', '2021-09-30']]);
  });
});

describe('day words news writes (session 19)', () => {
  it('reads Arabic "أمس الأول" as the day before yesterday', () => {
    expect(found('التقى الوزير أمس الأول نظيره.', 'arb')).toEqual([['أمس الأول', '2021-08-30']]);
  });

  it('names no day for English "the weekend", which chrono reads as its Saturday', () => {
    expect(found('They met over the weekend.', 'eng')).toEqual([]);
    expect(found('They met on Saturday.', 'eng')).toEqual([['on Saturday', '2021-08-28']]);
  });
});
