import { describe, expect, it } from 'vitest';
import { arabicShapeCases } from './matrix/arabic-shapes.ts';
import { runMatrix, type MatrixResult } from './matrix/run.ts';

/**
 * Arabic contact sentences with what journalists insert between the parties, four rounds each with
 * new names: every shape reads right in every round except the known gaps below, which stay listed
 * so that closing one shows here (move it out of the list) and a new failure never hides.
 */
const KNOWN_GAPS = new Set([
  'between: meeting brought together', // verb first: "وجمع لقاء … X وY"
  'briefed', // أطلع folds to اطلع, "looked at"
  'handed a letter to', // "سلم X رسالة إلى Y"
  'congratulated by phone', // "هنأ X هاتفيا Y"
  'present transitive with date', // "يستقبل X اليوم Y" is read as planned
  'x3: accompanied by', // "X، يرافقه Z، Y": the companion is listed with X
  'at head of delegation', // one invented name before "، على رأس وفد" is not taken for a person
]);

const failedShapes = (results: MatrixResult[]): Map<string, string> => {
  const failed = new Map<string, string>();
  for (const r of results) if (r.problems.length) failed.set(r.case.frame, `${r.case.text} => ${r.problems.join('; ')}`);
  return failed;
};

// Each run builds one knowledge of ~450 sentences: seconds on a loaded machine, hence the timeout.
const TIMEOUT = 60_000;
const results = new Map<boolean, MatrixResult[]>();
const resultsWith = (real: boolean): MatrixResult[] => {
  if (!results.has(real)) results.set(real, runMatrix(arabicShapeCases(real)));
  return results.get(real)!;
};

describe('Arabic contact shapes with insertions (issue 11)', { timeout: TIMEOUT }, () => {
  for (const real of [false, true]) {
    it(`reads every shape but the known gaps, with ${real ? 'real' : 'invented'} names`, () => {
      const cases = resultsWith(real).map((r) => r.case);
      const failed = failedShapes(resultsWith(real));
      const unexpected = [...failed].filter(([frame]) => !KNOWN_GAPS.has(frame)).map(([, example]) => example);
      expect(unexpected).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(450);
    });
  }

  it('still fails the known gaps (close one and take it off the list)', () => {
    const failed = failedShapes(resultsWith(false));
    expect([...KNOWN_GAPS].filter((frame) => !failed.has(frame))).toEqual([]);
  });
});
