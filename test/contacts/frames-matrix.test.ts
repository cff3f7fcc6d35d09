import { describe, expect, it } from 'vitest';
import { matrixCases } from './matrix/cases.ts';
import { runMatrix } from './matrix/run.ts';

/**
 * Every contact word of each pack in every frame (active, passive, nominal, reciprocal, a call
 * received, a list, planned), with titles attached in each way a nation attaches, both orders:
 * each sentence must give its people and exactly its contacts, planned ones marked planned.
 */
describe('contact frames coverage matrix (issue 11)', () => {
  const cases = matrixCases();
  const results = runMatrix(cases);

  it('covers every language, frame and title', () => {
    for (const lang of ['eng', 'hin', 'arb']) {
      const own = cases.filter((c) => c.lang === lang);
      expect(new Set(own.map((c) => c.frame)).size).toBeGreaterThanOrEqual(7);
      expect(new Set(own.map((c) => c.title)).size).toBeGreaterThanOrEqual(10);
    }
  });

  it('reads the people and contacts of every sentence', () => {
    const failed = results.filter((r) => r.problems.length > 0).map((r) => `${r.case.text} => ${r.problems.join('; ')}`);
    expect(failed).toEqual([]);
  });

  it('fails on a sentence whose contact it cannot read', () => {
    const met = cases.find((c) => c.lang === 'eng' && c.verb === 'met')!;
    const [unread] = runMatrix([{ ...met, text: met.text.replace(' met ', ' praised ') }]);
    expect(unread!.problems).toEqual([`no contact ${met.pairs[0]![0]} – ${met.pairs[0]![1]}`]);
  });
});
