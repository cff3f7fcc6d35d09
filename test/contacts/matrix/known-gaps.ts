/**
 * The known-gaps discipline every shape generator test follows: every shape reads right except the
 * listed gaps, and every listed gap still fails, so that closing one shows (take it off the list)
 * and a new failure never hides behind it.
 */
import { describe, expect, it } from 'vitest';
import type { MatrixCase } from './cases.ts';
import { runMatrix, type MatrixResult } from './run.ts';

/** Failed shapes by key (the frame unless told otherwise), each with one example and its problems. */
export function failedShapes(
  results: MatrixResult[],
  keyOf: (c: MatrixCase) => string = (c) => c.frame,
  counts: (problem: string) => boolean = () => true,
): Map<string, string> {
  const failed = new Map<string, string>();
  for (const r of results) {
    const problems = r.problems.filter(counts);
    if (problems.length) failed.set(keyOf(r.case), `${r.case.text} => ${problems.join('; ')}`);
  }
  return failed;
}

/** Examples of failures that are not known gaps: must be empty. */
export const unexpectedFailures = (failed: Map<string, string>, gaps: ReadonlySet<string>): string[] =>
  [...failed].filter(([key]) => !gaps.has(key)).map(([, example]) => example);

/** Known gaps that read right now: must be empty. */
export const closedGaps = (failed: Map<string, string>, gaps: ReadonlySet<string>): string[] => [...gaps].filter((key) => !failed.has(key));

/** A busy machine (shared cores) can take many times vitest's 5 s to build a knowledge of several hundred sentences. */
export const SLOW = 90_000;

/**
 * A generator run in two rounds of names, invented and real, each built once into one knowledge
 * (building it is most of the test's time); the gaps are checked on the invented round.
 */
export function describeShapeRounds(title: string, casesOf: (real: boolean) => MatrixCase[], gaps: ReadonlySet<string>, atLeast: number): void {
  const results = new Map<boolean, MatrixResult[]>();
  const resultsOf = (real: boolean): MatrixResult[] => {
    if (!results.has(real)) results.set(real, runMatrix(casesOf(real)));
    return results.get(real)!;
  };
  describe(title, { timeout: SLOW }, () => {
    for (const real of [false, true]) {
      it(`reads every shape but the known gaps, with ${real ? 'real' : 'invented'} names`, () => {
        expect(unexpectedFailures(failedShapes(resultsOf(real)), gaps)).toEqual([]);
        expect(resultsOf(real).length).toBeGreaterThanOrEqual(atLeast);
      });
    }
    it('still fails the known gaps (close one and take it off the list)', () => {
      expect(closedGaps(failedShapes(resultsOf(false)), gaps)).toEqual([]);
    });
  });
}
