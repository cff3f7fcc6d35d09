import { describe, expect, it } from 'vitest';
import { negativeShapeCases } from './matrix/negative-shapes.ts';
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

const failedShapes = (results: MatrixResult[]): Map<string, string> => {
  const failed = new Map<string, string>();
  for (const r of results) if (r.problems.length) failed.set(`${r.case.lang} ${r.case.frame}`, `${r.case.text} => ${r.problems.join('; ')}`);
  return failed;
};

describe('negative and planned contact shapes (issue 11)', () => {
  const negative = negativeShapeCases('negative');
  const planned = negativeShapeCases('planned');
  const failed = failedShapes(runMatrix([...negative, ...planned]));

  it('covers the three languages in both sets', () => {
    for (const cases of [negative, planned]) expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['eng', 'hin', 'arb']));
    expect(negative.every((c) => !c.planned) && planned.every((c) => c.planned)).toBe(true);
  });

  it('reads no contact the text does not tell, and every planned one as planned, but the known gaps', () => {
    expect([...failed].filter(([shape]) => !KNOWN_GAPS.has(shape)).map(([, example]) => example)).toEqual([]);
  });

  it('still fails the known gaps (close one and take it off the list)', () => {
    expect([...KNOWN_GAPS].filter((shape) => !failed.has(shape))).toEqual([]);
  });
});
