import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/expand.ts';
import { buildSearchIndex } from '../../src/search/index.ts';
import { termWeights, unitsCovered } from '../../src/search/match.ts';
import { topDocuments, type WalkOptions } from '../../src/search/maxscore.ts';
import { agreementCorpora } from './agreement-queries.ts';

const [, thousand] = agreementCorpora();
const index = buildSearchIndex(thousand!.corpus);

function walk(q: string, k: number, exactUpTo: number, accept?: WalkOptions['accept']) {
  const units = parseQuery(q, index.vocabulary).units;
  const terms = [...termWeights(units)].map(([term, weight]) => ({ term, weight }));
  const at = new Map(terms.map((t, i) => [t.term, i]));
  const covers: WalkOptions['covers'] = (matched) => unitsCovered(units, (term) => at.has(term) && matched(at.get(term)!));
  return topDocuments(index.pruning.articles, 0, terms, k, { accept, covers, exactUpTo });
}

describe('MaxScore walk over the article postings', () => {
  it('returns the same top k as visiting every posting, on every benchmark query of the 1,000-article corpus', () => {
    let pruned = 0;
    for (const q of thousand!.queries) {
      for (const k of [5, 200]) {
        const all = walk(q, k, Infinity);
        const some = walk(q, k, 0);
        expect(all.exact).toBe(true);
        if (!some.exact) pruned++;
        expect({ q, k, best: some.best, scores: some.scores }).toEqual({ q, k, best: all.best, scores: all.scores });
      }
    }
    // The comparison means something only if the walk did prune.
    expect(pruned).toBeGreaterThan(thousand!.queries.length / 4);
  }, 300_000);
  it('keeps to the accepted documents, and estimates the count within a factor of two when it prunes', () => {
    const even = (id: number) => id % 2 === 0;
    for (const q of ['Taliban', 'Kabul airport', 'Russia China cooperation', 'الوضع في أفغانستان']) {
      const all = walk(q, 200, Infinity, even);
      const some = walk(q, 200, 0, even);
      expect(some.best).toEqual(all.best);
      expect(some.best.every(even)).toBe(true);
      expect(some.matched).toBeGreaterThan(all.matched / 2);
      expect(some.matched).toBeLessThan(all.matched * 2);
    }
  });
});
