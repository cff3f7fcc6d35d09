import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';
import { tenseAfter } from '../../src/dates/hindi-tense.ts';
import { HINDI_MONTH_SPELLINGS, HINDI_WEEKDAY_SPELLINGS } from '../../src/dates/lexicon-hin.ts';
import { mentionAt, seedMentions } from './seeds.ts';

const dates = (text: string, ref?: string) =>
  findDateMentions(text, 'hin', ref).map((m) => ({ text: m.text, date: m.date, precision: m.precision }));

describe('Hindi: the seed articles', () => {
  it.each([
    [0, 'सोमवार को', { year: 2021, month: 8, day: 16 }],
    [0, 'रविवार को', { year: 2021, month: 8, day: 15 }],
    [1, 'गुरुवार को', { year: 2021, month: 10, day: 7 }],
    [2, 'सोमवार को', { year: 2021, month: 8, day: 16 }],
    [4, 'मंगलवार को', { year: 2021, month: 10, day: 12 }],
    [4, 'सोमवार को', { year: 2021, month: 10, day: 11 }],
  ])('article %i: "%s" is %o', (article, phrase, date) => {
    const found = seedMentions(article, phrase, 'hin');
    const m = mentionAt(found, phrase);
    expect(m).toMatchObject({ date, precision: 'day', relative: true });
    expect(m?.text).toBe(phrase.split(' ')[0]);
  });

  it.each([
    [1, 'अगस्त में', { year: 2021, month: 8 }, 'month'],
    [1, 'इस साल', { year: 2021 }, 'year'],
    [2, 'मई में', { year: 2021, month: 5 }, 'month'],
    [4, 'दिसंबर में', { year: 2020, month: 12 }, 'month'],
  ])('article %i: "%s" keeps its precision', (article, phrase, date, precision) => {
    const m = mentionAt(seedMentions(article, phrase, 'hin'), phrase);
    expect(m).toMatchObject({ date, precision, relative: true });
  });

  it('reads every date in article 0 and nothing else', () => {
    const found = seedMentions(0, 'इससे पहले सोमवार को', 'hin');
    expect(found.mentions.map((m) => m.text)).toEqual(['सोमवार']);
  });
});

describe('Hindi: explicit dates', () => {
  it('reads day-month-year in both digit scripts', () => {
    expect(dates('15 अगस्त 2021 को काबुल पर कब्जा हुआ')).toEqual([{ text: '15 अगस्त 2021', date: { year: 2021, month: 8, day: 15 }, precision: 'day' }]);
    expect(dates('१२ अक्टूबर २०२१ को बैठक हुई')).toEqual([{ text: '१२ अक्टूबर २०२१', date: { year: 2021, month: 10, day: 12 }, precision: 'day' }]);
    expect(dates('3 मार्च, 2020 को')[0]?.date).toEqual({ year: 2020, month: 3, day: 3 });
  });

  it('reads month-day order, with and without a year', () => {
    expect(dates('अक्टूबर 12, 2021 को')[0]).toMatchObject({ text: 'अक्टूबर 12, 2021', date: { year: 2021, month: 10, day: 12 } });
    expect(dates('अक्टूबर 12 को बैठक', '2021-10-20')[0]).toMatchObject({ text: 'अक्टूबर 12', date: { year: 2021, month: 10, day: 12 } });
  });

  it('reads month-year at month precision without a reference', () => {
    expect(dates('जनवरी 2020 में')).toEqual([{ text: 'जनवरी 2020', date: { year: 2020, month: 1 }, precision: 'month' }]);
  });

  it('reads a year after साल/सन् or before में', () => {
    expect(dates('साल 2019 में और सन् 1990 तक').map((m) => m.date)).toEqual([{ year: 2019 }, { year: 1990 }]);
    expect(dates('5000 में से')).toEqual([]);
  });

  it('weekday written before a full date is part of the same mention', () => {
    expect(dates('सोमवार, 16 अगस्त 2021 को', '2021-08-20')).toEqual([
      { text: 'सोमवार, 16 अगस्त 2021', date: { year: 2021, month: 8, day: 16 }, precision: 'day' },
    ]);
  });

  it('rejects impossible days', () => {
    expect(dates('31 फरवरी 2021 को')).toEqual([]);
  });

  const months = HINDI_MONTH_SPELLINGS.flatMap((spellings, i) => spellings.map((s) => [s, i + 1] as const));
  it.each(months)('month spelling %s is month %i', (spelling, month) => {
    expect(dates(`5 ${spelling} 2021 को`)[0]?.date).toEqual({ year: 2021, month, day: 5 });
  });

  it('accepts nukta spellings, precomposed and decomposed, and their absence', () => {
    for (const feb of ['फरवरी', 'फ\u093Cरवरी', '\u095Eरवरी']) {
      expect(dates(`${feb} में`, '2021-10-01')[0]).toMatchObject({ text: feb, date: { year: 2021, month: 2 } });
    }
  });

  it('a month name needs a postposition to stand alone, and must be a whole word', () => {
    expect(dates('किसान मार्च निकाला गया', '2021-10-01')).toEqual([]);
    expect(dates('मई तक', '2021-10-01')[0]?.date).toEqual({ year: 2021, month: 5 });
    expect(dates('नवंबर माह में', '2021-10-01')[0]?.date).toEqual({ year: 2020, month: 11 });
  });
});

describe('Hindi: relative expressions', () => {
  it('weekday names, every spelling, resolve to the most recent such day', () => {
    HINDI_WEEKDAY_SPELLINGS.forEach((spellings, weekday) => {
      for (const s of spellings) {
        // 2021-08-22 is a Sunday: weekday w is 2021-08-(22-7+w) unless it is Sunday itself.
        const expected = weekday === 0 ? 22 : 15 + weekday;
        expect(dates(`${s} को`, '2021-08-22')[0]?.date).toEqual({ year: 2021, month: 8, day: expected });
      }
    });
  });

  it('पिछले/अगले weekdays are strictly before/after the reference', () => {
    expect(dates('पिछले सोमवार को', '2021-08-16')[0]?.date).toEqual({ year: 2021, month: 8, day: 9 });
    expect(dates('अगले सोमवार को', '2021-08-16')[0]?.date).toEqual({ year: 2021, month: 8, day: 23 });
  });

  it('periods: this/last/next year and month', () => {
    expect(dates('इसी वर्ष', '2021-08-16')[0]).toMatchObject({ date: { year: 2021 }, precision: 'year' });
    expect(dates('पिछले साल', '2021-08-16')[0]?.date).toEqual({ year: 2020 });
    expect(dates('अगले महीने', '2021-12-16')[0]).toMatchObject({ date: { year: 2022, month: 1 }, precision: 'month' });
    expect(dates('इस माह', '2021-12-16')[0]?.date).toEqual({ year: 2021, month: 12 });
  });

  it('आज is the reference day; with a weekday the two must agree', () => {
    expect(dates('आज सुबह', '2021-08-16')[0]).toMatchObject({ text: 'आज', date: { year: 2021, month: 8, day: 16 } });
    expect(dates('आज सोमवार को', '2021-08-16')[0]).toMatchObject({ text: 'आज सोमवार', date: { year: 2021, month: 8, day: 16 } });
  });

  it('कल follows the verb: past = yesterday, future = tomorrow, neither = skipped', () => {
    expect(dates('कल उन्होंने कहा था कि सब ठीक है।', '2021-08-16')[0]?.date).toEqual({ year: 2021, month: 8, day: 15 });
    expect(dates('उन्होंने कहा कि कल बैठक होगी।', '2021-08-16')[0]?.date).toEqual({ year: 2021, month: 8, day: 17 });
    expect(dates('मंत्री कल काबुल जाएंगे।', '2021-08-16')[0]?.date).toEqual({ year: 2021, month: 8, day: 17 });
    expect(dates('कल बैठक है।', '2021-08-16')).toEqual([]);
  });

  it('कल with a weekday takes the direction the weekday names', () => {
    expect(dates('कल रविवार को', '2021-08-16')[0]?.date).toEqual({ year: 2021, month: 8, day: 15 });
    expect(dates('कल मंगलवार को', '2021-08-16')[0]?.date).toEqual({ year: 2021, month: 8, day: 17 });
  });

  it('day words inside other words are not dates', () => {
    expect(dates('आजकल लोग निकलने को मजबूर हैं और विकल्प नहीं', '2021-08-16')).toEqual([]);
  });

  it('relative expressions need a reference', () => {
    expect(dates('सोमवार को और मई में और इस साल')).toEqual([]);
  });
});

describe('Hindi tense of a clause', () => {
  it.each([
    ['बैठक होगी।', 'future'],
    ['वे लौटेंगे', 'future'],
    ['मैं जाऊंगा', 'future'],
    ['समझौता हुआ था', 'past'],
    ['उन्होंने बताया', 'past'],
    ['सहयोगी देशों से बात', undefined],
    ['बैठक है', undefined],
    ['कहा, हम आएंगे', 'past'],
    ['राजदूत से मुलाकात की', 'past'],
    ['मंत्री से फोन पर बात की है', 'past'],
    ['दोनों नेता मिले', 'past'],
    ['मंत्री की राजदूत से मुलाकात', undefined],
    ['मंत्री की राजदूत से बात की जाएगी', 'future'],
  ])('%s → %s', (clause, tense) => {
    expect(tenseAfter(clause, 0)).toBe(tense);
  });
});
