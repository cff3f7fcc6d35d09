import { describe, expect, it } from 'vitest';
import { hindiShapeCases } from './matrix/hindi-shapes.ts';
import { runMatrix, type MatrixResult } from './matrix/run.ts';

/**
 * Hindi contact sentences with what journalists insert between the parties, four rounds each with
 * new names: every shape reads right in every round except the known gaps below, which stay listed
 * so that closing one shows here (move it out of the list) and a new failure never hides.
 */
const KNOWN_GAPS = new Set([
  'object relative inside', // "X ने Y, जो … हैं, से बात की": the relative clause splits Y from से
  'list, besides', // "X ने Y के अलावा Z से भी मुलाकात की": Y is left out
]);

const failedShapes = (results: MatrixResult[]): Map<string, string> => {
  const failed = new Map<string, string>();
  for (const r of results) if (r.problems.length) failed.set(r.case.frame, `${r.case.text} => ${r.problems.join('; ')}`);
  return failed;
};

/* One knowledge per name list, built once: building it is most of the test's time. */
const results = new Map<boolean, MatrixResult[]>();
const resultsOf = (real: boolean): MatrixResult[] => {
  if (!results.has(real)) results.set(real, runMatrix(hindiShapeCases(real)));
  return results.get(real)!;
};
/** A busy machine (shared cores) can take several times the default 5 s to build a knowledge of the ~360 sentences. */
const SLOW = 60_000;

describe('Hindi contact shapes with insertions (issue 11)', () => {
  for (const real of [false, true]) {
    it(`reads every shape but the known gaps, with ${real ? 'real' : 'invented'} names`, () => {
      const cases = hindiShapeCases(real);
      const failed = failedShapes(resultsOf(real));
      const unexpected = [...failed].filter(([frame]) => !KNOWN_GAPS.has(frame)).map(([, example]) => example);
      expect(unexpected).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(350);
    }, SLOW);
  }

  it('still fails the known gaps (close one and take it off the list)', () => {
    const failed = failedShapes(resultsOf(false));
    expect([...KNOWN_GAPS].filter((frame) => !failed.has(frame))).toEqual([]);
  }, SLOW);
});
