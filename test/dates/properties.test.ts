/**
 * Property tests: a random valid date written out in Hindi, Arabic or English words and any digit
 * script must be found again, whole, as the same date; relative forms must obey the anchoring rules
 * for any reference; and nothing may break the output invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, parseIsoDay, toEpochDay } from '../../src/dates/calendar.ts';
import { findDateMentions } from '../../src/dates/find.ts';
import { ENGLISH_MONTHS, formatDate, weekdayOf } from '../../src/dates/format.ts';
import { ARABIC_MONTH_SPELLINGS, ARABIC_WEEKDAY_SPELLINGS } from '../../src/dates/lexicon-ar.ts';
import { HINDI_MONTH_SPELLINGS, HINDI_WEEKDAY_SPELLINGS } from '../../src/dates/lexicon-hin.ts';
import { parseUserDate } from '../../src/dates/user-date.ts';

const ZEROS = { ascii: 0x30, devanagari: 0x966, arabic: 0x660, persian: 0x6f0 } as const;
type Script = keyof typeof ZEROS;

function digits(n: number, script: Script, pad = 0): string {
  return String(n).padStart(pad, '0').replace(/\d/g, (d) => String.fromCodePoint(ZEROS[script] + Number(d)));
}

const ymd = fc
  .record({ year: fc.integer({ min: 1950, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) => fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })));
const isoOf = (d: { year: number; month: number; day: number }) => formatDate(d);
const script = fc.constantFrom<Script>('ascii', 'devanagari', 'arabic', 'persian');
const referenceIso = ymd.map(isoOf);
const pick = (spellings: ReadonlyArray<readonly string[]>, i: number) => fc.constantFrom(...(spellings[i] ?? []));

describe('round trips: written date → text → same date', () => {
  it('Hindi, day-month-year and month-day-year, any spelling and digit script', () => {
    const arb = ymd.chain((d) => fc.tuple(fc.constant(d), pick(HINDI_MONTH_SPELLINGS, d.month - 1), script, fc.boolean()));
    fc.assert(
      fc.property(arb, ([d, month, s, dayFirst]) => {
        const written = dayFirst
          ? `${digits(d.day, s)} ${month} ${digits(d.year, s)}`
          : `${month} ${digits(d.day, s)}, ${digits(d.year, s)}`;
        const found = findDateMentions(`बैठक ${written} को हुई।`, 'hin');
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ text: written, date: d, precision: 'day', relative: false });
      }),
    );
  });

  it('Arabic, either month series or both paired, any digit script, optional year suffix', () => {
    const arb = ymd.chain((d) =>
      fc.tuple(fc.constant(d), pick(ARABIC_MONTH_SPELLINGS, d.month - 1), pick(ARABIC_MONTH_SPELLINGS, d.month - 1), fc.boolean(), script, fc.constantFrom('', 'ء', 'م')),
    );
    fc.assert(
      fc.property(arb, ([d, month, other, paired, s, suffix]) => {
        const monthText = paired ? `${month}/${other}` : month;
        const written = `${digits(d.day, s)} ${monthText} ${digits(d.year, s)}${suffix}`;
        const found = findDateMentions(`وقال في ${written}، إن`, 'arb');
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ text: written, date: d, precision: 'day' });
      }),
    );
  });

  it('English, "Month D, YYYY" and "D Mon YYYY"', () => {
    fc.assert(
      fc.property(ymd, fc.boolean(), (d, long) => {
        const name = ENGLISH_MONTHS[d.month - 1] ?? '';
        const written = long ? `${name} ${d.day}, ${d.year}` : `${d.day} ${name.slice(0, 3)} ${d.year}`;
        const found = findDateMentions(`The meeting on ${written} was short.`, 'eng');
        expect(found.map((m) => m.date)).toEqual([d]);
      }),
    );
  });

  it('all-digit dates, day first, any script', () => {
    fc.assert(
      fc.property(ymd, script, fc.constantFrom('/', '.', '-'), (d, s, sep) => {
        const written = [digits(d.day, s, 2), digits(d.month, s, 2), digits(d.year, s)].join(sep);
        expect(findDateMentions(`(${written})`, 'arb').map((m) => m.date)).toEqual([d]);
      }),
    );
  });

  it('/on input: formatDate output and the other accepted forms parse back', () => {
    fc.assert(
      fc.property(ymd, (d) => {
        const name = ENGLISH_MONTHS[d.month - 1] ?? '';
        for (const input of [formatDate(d), `${d.day} ${name} ${d.year}`, `${name} ${d.day} ${d.year}`, `${d.day}/${d.month}/${d.year}`]) {
          expect(parseUserDate(input)).toEqual({ ok: true, date: d, precision: 'day' });
        }
        const month = { year: d.year, month: d.month };
        expect(parseUserDate(formatDate(month))).toEqual({ ok: true, date: month, precision: 'month' });
      }),
    );
  });
});

describe('anchoring rules for any reference', () => {
  it('a bare weekday (Hindi, Arabic, English) is within the week ending on the reference', () => {
    const english = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(referenceIso, fc.integer({ min: 0, max: 6 }), (ref, weekday) => {
        const texts: Array<[string, 'hin' | 'arb' | 'eng']> = [
          [`${HINDI_WEEKDAY_SPELLINGS[weekday]?.[0]} को`, 'hin'],
          [`يوم ${ARABIC_WEEKDAY_SPELLINGS[weekday]?.[0]}`, 'arb'],
          [`on ${english[weekday]}`, 'eng'],
        ];
        const r = parseIsoDay(ref)!;
        for (const [text, lang] of texts) {
          const [m] = findDateMentions(text, lang, ref);
          const iso = formatDate(m!.date);
          const d = parseIsoDay(iso)!;
          const back = toEpochDay(r.year, r.month, r.day) - toEpochDay(d.year, d.month, d.day);
          expect(weekdayOf(iso)).toBe(weekday);
          expect(back).toBeGreaterThanOrEqual(0);
          expect(back).toBeLessThanOrEqual(6);
        }
      }),
    );
  });

  it('a bare month is the most recent such month, at month precision', () => {
    fc.assert(
      fc.property(referenceIso, fc.integer({ min: 1, max: 12 }), (ref, month) => {
        const r = parseIsoDay(ref)!;
        const expectedYear = month <= r.month ? r.year : r.year - 1;
        for (const [text, lang] of [[`${HINDI_MONTH_SPELLINGS[month - 1]?.[0]} में`, 'hin'], [`في ${ARABIC_MONTH_SPELLINGS[month - 1]?.[0]}`, 'arb']] as const) {
          const found = findDateMentions(text, lang, ref);
          expect(found.map((m) => [m.date, m.precision])).toEqual([[{ year: expectedYear, month }, 'month']]);
        }
      }),
    );
  });
});

describe('invariants on arbitrary input', () => {
  const tokens = [
    'सोमवार', 'को', 'कल', 'आज', 'मई', 'में', 'इस', 'साल', '15', '२०२१', 'अगस्त', 'फ़रवरी', 'हुआ', 'था', 'होगा',
    'اليوم', 'الأربعاء', 'وأمس', 'آب/أغسطس', 'الـ4', 'من', 'الشهر', 'الجاري', 'في', '٢٠٢١', '۲۵', '2021ء', 'العام',
    'October', '12,', '2021', 'yesterday', 'in', 'May', '/', '-', '.', ',', '16/08/2021', '31', 'on', 'Friday',
  ];
  const soup = fc.array(fc.constantFrom(...tokens), { maxLength: 14 }).map((t) => t.join(' '));
  const text = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 60 }));

  it('mentions are sorted, disjoint, verbatim slices, and consistent in precision', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('hin', 'arb', 'eng', 'und') as fc.Arbitrary<'hin' | 'arb' | 'eng' | 'und'>, fc.option(referenceIso, { nil: undefined }), (t, lang, ref) => {
        const found = findDateMentions(t, lang, ref);
        found.forEach((m, i) => {
          expect(m.text).toBe(t.slice(m.start, m.end));
          expect(m.end).toBeGreaterThan(m.start);
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
          expect(m.precision).toBe(m.date.day !== undefined ? 'day' : m.date.month !== undefined ? 'month' : 'year');
          if (ref === undefined) expect(m.relative).toBe(false);
        });
      }),
    );
  });

  it('parseUserDate always answers, never throws', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = parseUserDate(t);
        if (r.ok) expect(formatDate(r.date)).not.toBe('');
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
