import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/index.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { agreementCorpora } from './agreement-queries.ts';
import golden from './top5.golden.json' with { type: 'json' };

type Ranked = Array<[article: number, score: number]>;
const recorded = golden as unknown as Record<string, Record<string, Ranked>>;

/** Equal up to floating-point summation order. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The ranks at which two top-5 lists disagree beyond ties: the scores must be equal rank by rank,
 * and an article may sit elsewhere only among articles of its own score (or past the fifth place,
 * when it ties with the fifth).
 */
function disagreements(before: Ranked, now: Ranked): string[] {
  const out: string[] = [];
  if (before.length !== now.length) return [`${before.length} articles before, ${now.length} now`];
  before.forEach(([article, score], rank) => {
    const [nowArticle, nowScore] = now[rank]!;
    if (!same(score, nowScore)) out.push(`rank ${rank + 1}: score ${score} before, ${nowScore} now`);
    else if (article !== nowArticle && !before.some(([a, s]) => a === nowArticle && same(s, score)) && !same(score, before[before.length - 1]![1])) {
      out.push(`rank ${rank + 1}: #${article} before, #${nowArticle} now`);
    }
  });
  return out;
}

describe('top 5 articles of every benchmark query, against those recorded (record-top5.ts)', () => {
  for (const { name, corpus, queries } of agreementCorpora()) {
    it(`${name}: ${queries.length} queries rank the same articles (up to ties)`, () => {
      const index = buildSearchIndex(corpus);
      const differing: Record<string, string[]> = {};
      for (const q of queries) {
        const now: Ranked = searchCorpus(index, corpus, q).articles.map((a) => [a.article, a.score]);
        const d = disagreements(recorded[name]![q]!, now);
        if (d.length > 0) differing[q] = d;
      }
      expect(Object.keys(recorded[name]!).sort()).toEqual([...queries].sort());
      expect(differing).toEqual({});
    }, 300_000);
  }
});
