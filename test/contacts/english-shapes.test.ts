import { describe, expect, it } from 'vitest';
import { CONTACT_SHAPES, NEAR_MISS_SHAPES, englishShapeCases } from './matrix/english-shapes.ts';
import { closedGaps, failedShapes, SLOW, unexpectedFailures } from './matrix/known-gaps.ts';
import { runMatrix, type MatrixResult } from './matrix/run.ts';

/**
 * English contact sentences in the shapes wire copy uses, and near misses that tell no contact,
 * four rounds each with new invented names: every shape reads right in every round except the
 * known gaps below, which stay listed so that closing one shows here (take it off the list) and a
 * new failure never hides.
 */
const KNOWN_GAPS = new Set<string>([
  'reciprocal: who met on Monday', // "X and Y, who met on Monday, agreed …": the day inside the aside is left to the aside (when.ts)
  'miss: called a name', // "X called Y a traitor": read as a phone call
  'subject possessive apposition', // "X, the President's envoy for …, met with Y": not read (found last, not yet looked into)
]);


let results: MatrixResult[] | undefined;
/* One knowledge for both sets, built once: building it is most of the test's time. Names do not repeat across the sets. */
const resultsOnce = (): MatrixResult[] => (results ??= runMatrix([...englishShapeCases(CONTACT_SHAPES), ...englishShapeCases(NEAR_MISS_SHAPES, 1300)]));

describe('English contact shapes and near misses (issue 11)', () => {
  it('reads every shape but the known gaps', () => {
    expect(unexpectedFailures(failedShapes(resultsOnce()), KNOWN_GAPS)).toEqual([]);
    expect(resultsOnce().length).toBeGreaterThanOrEqual(4 * (CONTACT_SHAPES.length + NEAR_MISS_SHAPES.length));
  }, SLOW);

  it('still fails the known gaps (close one and take it off the list)', () => {
    expect(closedGaps(failedShapes(resultsOnce()), KNOWN_GAPS)).toEqual([]);
  }, SLOW);
});
