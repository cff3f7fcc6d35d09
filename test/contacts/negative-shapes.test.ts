import { describe, expect, it } from 'vitest';
import { negativeShapeCases } from './matrix/negative-shapes.ts';
import { closedGaps, failedShapes as failedOf, unexpectedFailures } from './matrix/known-gaps.ts';
import { runMatrix, type MatrixResult } from './matrix/run.ts';

/**
 * Sentences where named people stand near contact words but the text tells no contact between a
 * given pair (English, Hindi, Arabic), and planned shapes whose contacts must be shown as planned,
 * two rounds each with new invented names. Every shape reads right except the known gaps, which
 * stay listed so that closing one shows here (take it off the list) and a new failure never hides.
 */
const KNOWN_GAPS = new Set([
  'arb received an envoy of', // "استقبل X مبعوثا من Y": Y, who sent the envoy, is read as received
]);

const failedShapes = (results: MatrixResult[]): Map<string, string> => failedOf(results, (c) => `${c.lang} ${c.frame}`);

describe('negative and planned contact shapes (issue 11)', () => {
  const negative = negativeShapeCases('negative');
  const planned = negativeShapeCases('planned');
  const failed = failedShapes(runMatrix([...negative, ...planned]));

  it('covers the three languages in both sets', () => {
    for (const cases of [negative, planned]) expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['eng', 'hin', 'arb']));
    expect(negative.every((c) => !c.planned) && planned.every((c) => c.planned)).toBe(true);
  });

  it('reads no contact the text does not tell, and every planned one as planned, but the known gaps', () => {
    expect(unexpectedFailures(failed, KNOWN_GAPS)).toEqual([]);
  });

  it('still fails the known gaps (close one and take it off the list)', () => {
    expect(closedGaps(failed, KNOWN_GAPS)).toEqual([]);
  });
});
