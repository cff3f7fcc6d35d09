import { describe, expect, it } from 'vitest';
import { findDateMentions, findDatesWith } from '../../src/dates/find.ts';
import { packFor } from '../../src/languages/index.ts';
import { ARABIC_MONTH_SPELLINGS, ARABIC_WEEKDAY_SPELLINGS } from '../../src/dates/lexicon-ar.ts';
import { mentionAt, seedMentions } from './seeds.ts';

const dates = (text: string, ref?: string) =>
  findDateMentions(text, 'arb', ref).map((m) => ({ text: m.text, date: m.date, precision: m.precision }));

describe('Arabic: seed article 3 (reference 2021-08-25)', () => {
  it.each([
    ['اليوم الأربعاء', 'اليوم الأربعاء', { year: 2021, month: 8, day: 25 }],
    ['وأمس الثلاثاء', 'أمس الثلاثاء', { year: 2021, month: 8, day: 24 }],
    ['في الـ4 من الشهر الجاري', 'الـ4 من الشهر الجاري', { year: 2021, month: 8, day: 4 }],
    ['يوم الإثنين الموافق لـ 23 آب/أغسطس', 'يوم الإثنين الموافق لـ 23 آب/أغسطس', { year: 2021, month: 8, day: 23 }],
  ])('"%s"', (phrase, text, date) => {
    const found = seedMentions(3, phrase, 'arb');
    const m = mentionAt(found, phrase);
    expect(m).toMatchObject({ text, date, precision: 'day', relative: true });
    // One mention per phrase: the weekday is not reported again on its own.
    expect(found.mentions.filter((x) => x.start >= found.line.indexOf(phrase) && x.start < found.line.indexOf(phrase) + phrase.length)).toHaveLength(1);
  });

  it('reads the dateline with its Urdu year suffix, as a written (non-relative) date', () => {
    const m = mentionAt(seedMentions(3, '25 أغسطس 2021ء', 'arb'), '25 أغسطس');
    expect(m).toMatchObject({ text: '25 أغسطس 2021ء', date: { year: 2021, month: 8, day: 25 }, relative: false });
  });

  it('finds nothing in "حتى الآن" ("until now") or "في وقت سابق"', () => {
    expect(seedMentions(3, 'حتى الآن', 'arb').mentions).toEqual([]);
    expect(seedMentions(3, 'في وقت سابق', 'arb').mentions).toEqual([]);
  });
});

describe('Arabic: explicit dates', () => {
  it('reads both month series, in every spelling', () => {
    ARABIC_MONTH_SPELLINGS.forEach((spellings, i) => {
      for (const s of spellings) expect(dates(`في 3 ${s} 2021`)[0]?.date).toEqual({ year: 2021, month: i + 1, day: 3 });
    });
  });

  it('accepts hamza-less spellings', () => {
    expect(dates('في 5 اغسطس 2021')[0]?.date).toEqual({ year: 2021, month: 8, day: 5 });
    expect(dates('في 5 ايلول 2021')[0]?.date).toEqual({ year: 2021, month: 9, day: 5 });
  });

  it('reads Arabic-Indic and Persian digits', () => {
    expect(dates('في ٣ أيلول ٢٠٢١')).toEqual([{ text: '٣ أيلول ٢٠٢١', date: { year: 2021, month: 9, day: 3 }, precision: 'day' }]);
    expect(dates('(سبوتنيك - ۱۲ أكتوبر ۲۰۲۱ء)')[0]).toMatchObject({ text: '۱۲ أكتوبر ۲۰۲۱ء', date: { year: 2021, month: 10, day: 12 } });
  });

  it('reads paired month names with the year after the pair', () => {
    expect(dates('23 آب/أغسطس 2021')[0]).toMatchObject({ text: '23 آب/أغسطس 2021', date: { year: 2021, month: 8, day: 23 } });
    expect(dates('أيلول (سبتمبر) 2021')[0]).toMatchObject({ date: { year: 2021, month: 9 }, precision: 'month' });
  });

  it('refuses a pair that names two different months', () => {
    expect(dates('3 تموز/أغسطس 2021')).toEqual([]);
  });

  it('reads ordinal days before من', () => {
    expect(dates('في الخامس عشر من أغسطس 2021')[0]?.date).toEqual({ year: 2021, month: 8, day: 15 });
    expect(dates('في الحادي والثلاثين من الشهر الماضي', '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 7, day: 31 });
    expect(dates('الأول من كانون الثاني 2020')[0]?.date).toEqual({ year: 2020, month: 1, day: 1 });
  });

  it('reads a year after عام/سنة, with or without clitics, and the م suffix', () => {
    expect(dates('في عام 2020')).toEqual([{ text: '2020', date: { year: 2020 }, precision: 'year' }]);
    expect(dates('لعام 2019م')[0]).toMatchObject({ text: '2019م', date: { year: 2019 } });
  });

  it('ignores Hijri years', () => {
    expect(dates('عام 1443 هـ')).toEqual([]);
  });
});

describe('Arabic: relative expressions', () => {
  it('a month alone needs a cue word, then is the most recent such month', () => {
    expect(dates('في أيلول', '2021-08-25')).toEqual([{ text: 'أيلول', date: { year: 2020, month: 9 }, precision: 'month' }]);
    expect(dates('خلال شهر مارس', '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 3 });
    expect(dates('مارس الضغط على الحكومة', '2021-08-25')).toEqual([]);
  });

  it('every weekday resolves to the most recent such day', () => {
    ARABIC_WEEKDAY_SPELLINGS.forEach((spellings, weekday) => {
      for (const s of spellings) {
        const expected = weekday <= 3 ? 22 + weekday : 15 + weekday; // reference Wednesday 2021-08-25
        expect(dates(`يوم ${s}`, '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 8, day: expected });
      }
    });
  });

  it('weekday modifiers: الماضي is strictly before, المقبل strictly after', () => {
    expect(dates('الأربعاء الماضي', '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 8, day: 18 });
    expect(dates('الخميس المقبل', '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 8, day: 26 });
  });

  it('day words, with clitics and spelling variants', () => {
    expect(dates('بالأمس', '2021-08-25')[0]).toMatchObject({ text: 'الأمس', date: { year: 2021, month: 8, day: 24 } });
    expect(dates('وقال امس', '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 8, day: 24 });
    expect(dates('أول أمس', '2021-08-25')[0]).toMatchObject({ text: 'أول أمس', date: { year: 2021, month: 8, day: 23 } });
    expect(dates('غداً الخميس', '2021-08-25')[0]).toMatchObject({ text: 'غداً الخميس', date: { year: 2021, month: 8, day: 26 } });
  });

  it('today and a disagreeing weekday: the weekday wins, at its nearest date', () => {
    expect(dates('اليوم الخميس', '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 8, day: 26 });
    expect(dates('اليوم الثلاثاء', '2021-08-25')[0]?.date).toEqual({ year: 2021, month: 8, day: 24 });
  });

  it('اليوم as the noun "day" is not today', () => {
    expect(dates('في اليوم التالي', '2021-08-25')).toEqual([]);
    expect(dates('في ذلك اليوم', '2021-08-25')).toEqual([]);
  });

  it('periods: this/last/next year and month', () => {
    expect(dates('هذا العام', '2021-08-25')[0]).toMatchObject({ date: { year: 2021 }, precision: 'year' });
    expect(dates('العام الماضي', '2021-08-25')[0]?.date).toEqual({ year: 2020 });
    expect(dates('السنة المقبلة', '2021-08-25')[0]?.date).toEqual({ year: 2022 });
    expect(dates('الشهر الجاري', '2021-08-25')[0]).toMatchObject({ date: { year: 2021, month: 8 }, precision: 'month' });
    expect(dates('والشهر الماضي', '2021-01-25')[0]?.date).toEqual({ year: 2020, month: 12 });
  });

  it('does not take العام ("general") or الآن ("now") for dates', () => {
    expect(dates('قال الأمين العام للأمم المتحدة حتى الآن', '2021-08-25')).toEqual([]);
  });

  it('does not take أب ("father") for آب', () => {
    expect(dates('في أب', '2021-08-25')).toEqual([]);
  });
});

describe('Arabic: words of other regions and of the night before (reference Tuesday 2021-10-12)', () => {
  it('reads the Maghreb month names ("16 أوت 2021", "3 جويلية")', () => {
    expect(dates('وصل الوفد في 16 أوت 2021 إلى الدوحة', '2021-10-12')).toEqual([{ text: '16 أوت 2021', date: { year: 2021, month: 8, day: 16 }, precision: 'day' }]);
    expect(dates('منذ 3 جويلية', '2021-10-12')[0]?.date).toEqual({ year: 2021, month: 7, day: 3 });
  });

  it('reads "الليلة الماضية" (last night) as the day before', () => {
    expect(dates('وقال المتحدث في تصريح الليلة الماضية', '2021-10-12')).toEqual([{ text: 'الليلة الماضية', date: { year: 2021, month: 10, day: 11 }, precision: 'day' }]);
  });

  it('reads a day and month shortly after the publication as this year\'s ("يوم 20 أكتوبر موعدا")', () => {
    expect(dates('تم تحديد يوم 20 أكتوبر موعدا للاجتماع', '2021-10-12')[0]?.date).toEqual({ year: 2021, month: 10, day: 20 });
  });
});


describe('Arabic weekdays and tense', () => {
  const pack = packFor('arb')!;
  const dates = (text: string) => findDatesWith(text, pack.findDates, '2021-09-01').map((m) => `${m.text} ${m.date.year}-${m.date.month}-${m.date.day}`);

  it('takes a bare weekday in a clause with a future verb or marker for the coming one', () => {
    expect(dates('وسيتوجه الوزير إلى عمان يوم الأحد.')).toEqual(['يوم الأحد 2021-9-5']);
    expect(dates('ومن المقرر أن يصل الوفد الجمعة.')).toEqual(['الجمعة 2021-9-3']);
  });

  it('keeps the last one when the clause has no future word, or the future word is in another sentence', () => {
    expect(dates('ووصل الوزير إلى عمان يوم الأحد.')).toEqual(['يوم الأحد 2021-8-29']);
    expect(dates('سيتوجه الوزير إلى عمان. ووصل الوفد يوم الأحد.')).toEqual(['يوم الأحد 2021-8-29']);
  });
});
