import { describe, expect, it } from 'vitest';
import { dateShapeCases } from './matrix/date-shapes.ts';
import { closedGaps, failedShapes as failedOf, SLOW, unexpectedFailures } from './matrix/known-gaps.ts';
import { runMatrix, type MatrixResult } from './matrix/run.ts';

/**
 * Contact sentences in three languages with the date expressions news writes, two rounds each with
 * new names: every shape's contact is dated as its own words say (or left undated where they name
 * no day) except the known gaps below, which stay listed so that closing one shows here.
 */
const KNOWN_GAPS = new Set([
  'en: two contacts, two days', // "X met Y on Monday and spoke with Z on Tuesday": the second verb's subject is left unsaid, and Z is not read
  'ar: two contacts, two days', // "التقى X يوم الاثنين Y، ثم أجرى يوم الثلاثاء اتصالا مع Z": the same, in Arabic
  // A Hijri date alone is not read: converting it (Umm al-Qura, by ICU) was tried in session 19 and
  // dated one held Arabic event otherwise than the gold; the Gregorian date beside it still dates.
  'ar: Hijri alone',
  'ar: Hijri with للهجرة',
]);

/** Problems other than an extra contact: the date shapes measure dates, and the negative shapes test extras. */
const failedShapes = (results: MatrixResult[]): Map<string, string> => failedOf(results, undefined, (p) => !p.startsWith('extra contact'));

let results: MatrixResult[] | undefined;
const resultsOf = (): MatrixResult[] => (results ??= runMatrix(dateShapeCases()));

describe('contact dates in the shapes news writes them (issue 11)', () => {
  it('dates every shape as its words say, but the known gaps', () => {
    expect(unexpectedFailures(failedShapes(resultsOf()), KNOWN_GAPS)).toEqual([]);
    expect(dateShapeCases().length).toBeGreaterThanOrEqual(150);
  }, SLOW);

  it('still fails the known gaps (close one and take it off the list)', () => {
    expect(closedGaps(failedShapes(resultsOf()), KNOWN_GAPS)).toEqual([]);
  }, SLOW);
});
