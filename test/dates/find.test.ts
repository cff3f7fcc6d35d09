import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/dates/find.ts';
import { PUBLISHED, seedLines } from './seeds.ts';

describe('findDateMentions', () => {
  it('on every seed line: sorted, non-overlapping, text is the verbatim slice', () => {
    for (const n of [0, 1, 2, 3, 4]) {
      for (const line of seedLines(n)) {
        const found = findDateMentions(line, 'und', PUBLISHED[n]);
        found.forEach((m, i) => {
          expect(m.text).toBe(line.slice(m.start, m.end));
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
        });
      }
    }
  });

  it('finds the same dates in the seeds under "und" as under their own language', () => {
    const line = seedLines(3).find((l) => l.includes('الموافق'))!;
    const texts = (lang: 'arb' | 'und') => findDateMentions(line, lang, PUBLISHED[3]).map((m) => m.text);
    expect(texts('und')).toEqual(texts('arb'));
  });

  it('reads all-digit dates day first, in every digit script', () => {
    const text = 'बैठक 16/08/2021 को, ١٦/٠٨/٢٠٢١ و ۱۶.۰۸.۲۰۲۱ و 2021-08-16 और १६-०८-२०२१';
    const found = findDateMentions(text, 'und');
    expect(found).toHaveLength(5);
    for (const m of found) expect(m.date).toEqual({ year: 2021, month: 8, day: 16 });
  });

  it('does not read mixed separators, impossible days or scores as dates', () => {
    expect(findDateMentions('16/08-2021, 31/02/2021, 2021-13-01, स्कोर 3-2', 'hin')).toEqual([]);
  });

  it('returns relative mentions only with a reference', () => {
    const text = 'सोमवार को बैठक हुई, 15 अगस्त 2021 को कब्जा';
    expect(findDateMentions(text, 'hin').map((m) => m.text)).toEqual(['15 अगस्त 2021']);
    expect(findDateMentions(text, 'hin', '2021-08-17').map((m) => m.relative)).toEqual([true, false]);
  });

  it('only runs the extractors of the paragraph language (plus digits and written English dates)', () => {
    expect(findDateMentions('सोमवार को', 'arb', '2021-08-17')).toEqual([]);
    expect(findDateMentions('اليوم الأربعاء', 'hin', '2021-08-25')).toEqual([]);
  });

  it('refuses a malformed reference', () => {
    expect(() => findDateMentions('x', 'hin', '2021-02-30')).toThrow(RangeError);
    expect(() => findDateMentions('x', 'hin', '17/08/2021')).toThrow(RangeError);
  });
});
