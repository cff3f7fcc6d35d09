import { describe, expect, it } from 'vitest';
import { hindiNewsShapeCases } from './matrix/hindi-news-shapes.ts';
import { runMatrix, type MatrixResult } from './matrix/run.ts';

/**
 * Hindi sentences in the forms news tells contacts in (session 19), four rounds each with new names:
 * every shape reads right in every round except the known gaps below, which stay listed so that
 * closing one shows here (move it out of the list) and a new failure never hides.
 */
const KNOWN_GAPS = new Set([
  'welcomed, host after, place', // "Y का हवाई अड्डे पर X ने स्वागत किया": a place between the one welcomed and the host
  'hugged', // "Y को गले लगाया": no contact word
  'shook hands', // "Y से हाथ मिलाया": no contact word
  'caption: left, right', // "X (बाएं) … Y (दाएं) से मुलाकात करते हुए": a caption with no finite verb
  'subject with two offices', // "… मंत्री और वरिष्ठ नेता X ने": two offices joined by और hide the name
  'during the visit, his meeting happened', // "X के … दौरे के दौरान … Y से उनकी मुलाकात हुई"
  'headline: gave invitation', // "X ने Y को दिया … का न्योता": the light verb before the noun, words between
  'list: Y सहित Z', // "X ने Y सहित Z से मुलाकात की": Y is left out
]);

const failedShapes = (results: MatrixResult[]): Map<string, string> => {
  const failed = new Map<string, string>();
  for (const r of results) if (r.problems.length) failed.set(r.case.frame, `${r.case.text} => ${r.problems.join('; ')}`);
  return failed;
};

/* One knowledge per name list, built once: building it is most of the test's time. */
const results = new Map<boolean, MatrixResult[]>();
const resultsOf = (real: boolean): MatrixResult[] => {
  if (!results.has(real)) results.set(real, runMatrix(hindiNewsShapeCases(real)));
  return results.get(real)!;
};
/** A busy machine (shared cores) can take several times the default 5 s to build a knowledge of the ~560 sentences. */
const SLOW = 90_000;

describe('Hindi contact shapes as news tells them (issue 11)', () => {
  for (const real of [false, true]) {
    it(`reads every shape but the known gaps, with ${real ? 'real' : 'invented'} names`, () => {
      const failed = failedShapes(resultsOf(real));
      const unexpected = [...failed].filter(([frame]) => !KNOWN_GAPS.has(frame)).map(([, example]) => example);
      expect(unexpected).toEqual([]);
      expect(hindiNewsShapeCases(real).length).toBeGreaterThanOrEqual(500);
    }, SLOW);
  }

  it('still fails the known gaps (close one and take it off the list)', () => {
    const failed = failedShapes(resultsOf(false));
    expect([...KNOWN_GAPS].filter((frame) => !failed.has(frame))).toEqual([]);
  }, SLOW);
});
