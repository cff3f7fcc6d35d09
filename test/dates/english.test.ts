import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';
import { mentionAt, seedMentions } from './seeds.ts';

const dates = (text: string, ref?: string) =>
  findDateMentions(text, 'eng', ref).map((m) => ({ text: m.text, date: m.date, precision: m.precision }));

describe('English (through chrono-node)', () => {
  it('reads the tweet date in article 4, as English and inside a Hindi-tagged paragraph', () => {
    const phrase = 'October 12, 2021';
    for (const lang of ['eng', 'hin'] as const) {
      const m = mentionAt(seedMentions(4, phrase, lang), phrase);
      expect(m).toMatchObject({ text: phrase, date: { year: 2021, month: 10, day: 12 }, relative: false });
    }
  });

  it('reads written dates in several shapes', () => {
    expect(dates('on Sept. 3, 2021 and 12 Oct 2021').map((m) => m.date)).toEqual([
      { year: 2021, month: 9, day: 3 },
      { year: 2021, month: 10, day: 12 },
    ]);
    expect(dates('in May 2021')[0]).toMatchObject({ date: { year: 2021, month: 5 }, precision: 'month' });
  });

  it('anchors relative words on the reference', () => {
    const ref = '2021-10-12';
    expect(dates('yesterday', ref)[0]?.date).toEqual({ year: 2021, month: 10, day: 11 });
    expect(dates('today', ref)[0]?.date).toEqual({ year: 2021, month: 10, day: 12 });
    expect(dates('this year', ref)[0]).toMatchObject({ date: { year: 2021 }, precision: 'year' });
    expect(dates('last month', ref)[0]).toMatchObject({ date: { year: 2021, month: 9 }, precision: 'month' });
  });

  it('a bare weekday is the most recent one, not the nearest', () => {
    // Reference Tuesday: Friday is 4 days back (chrono alone would pick the Friday 3 days ahead).
    expect(dates('on Friday, the envoy said', '2021-10-12')[0]).toMatchObject({ text: 'on Friday', date: { year: 2021, month: 10, day: 8 } });
    expect(dates('next Friday', '2021-10-12')[0]?.date).toEqual({ year: 2021, month: 10, day: 15 });
  });

  it('a bare weekday after a future word of its clause is the coming one', () => {
    // Reference Tuesday 2021-11-09: the coming Thursday is the 11th, the last one the 4th.
    expect(dates('The envoys will be meeting on Thursday in the capital.', '2021-11-09')[0]?.date).toEqual({ year: 2021, month: 11, day: 11 });
    expect(dates('The minister is scheduled to visit the border on Friday.', '2021-11-09')[0]?.date).toEqual({ year: 2021, month: 11, day: 12 });
    expect(dates('The envoys met on Thursday in the capital.', '2021-11-09')[0]?.date).toEqual({ year: 2021, month: 11, day: 4 });
    // A future word of another clause does not reach it.
    expect(dates('The envoy, who arrived on Friday, will meet him.', '2021-11-09')[0]?.date).toEqual({ year: 2021, month: 11, day: 5 });
  });

  it('a bare month after a future word of its clause is the coming one', () => {
    expect(dates('The talks are expected to resume in September.', '2021-08-19')[0]).toMatchObject({ date: { year: 2021, month: 9 }, precision: 'month' });
    expect(dates('The talks will resume in January.', '2021-08-19')[0]).toMatchObject({ date: { year: 2022, month: 1 }, precision: 'month' });
    expect(dates('The talks resumed in September.', '2021-08-19')[0]).toMatchObject({ date: { year: 2020, month: 9 }, precision: 'month' });
  });

  it('a bare month is the most recent such month and needs a preposition', () => {
    expect(dates('He said in December that', '2021-10-12')[0]).toMatchObject({ date: { year: 2020, month: 12 }, precision: 'month' });
    expect(dates('They will March on the capital', '2021-10-12')).toEqual([]);
  });

  it('drops "now" and anything relative without a reference', () => {
    expect(dates('now', '2021-10-12')).toEqual([]);
    expect(dates('yesterday and on Monday')).toEqual([]);
  });

  it('quoted English in Hindi text: written dates only, no relative words', () => {
    expect(findDateMentions('उन्होंने कहा "see you tomorrow" October 1, 2021', 'hin', '2021-10-12').map((m) => m.text)).toEqual(['October 1, 2021']);
  });
});
