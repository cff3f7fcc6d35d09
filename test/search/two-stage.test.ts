import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { articleCandidates } from '../../src/search/articleIndex.ts';
import { parseQuery } from '../../src/search/expand.ts';
import { buildSearchIndex, indexFromSnapshot, indexToSnapshot, type SearchIndex } from '../../src/search/index.ts';
import { coversAnyUnit, fieldWeights, matchedTerms, unitMatch, unitsQuery } from '../../src/search/match.ts';
import { rangeHits } from '../../src/search/rangeScores.ts';
import { searchCorpus } from '../../src/search/query.ts';
import type { Corpus } from '../../src/types.ts';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { seedIndex, seeds } from './helpers.ts';

const QUERIES = ['Lavrov', 'Taliban', 'Kabul airport', 'हवाई अड्डा', 'UN', 'रूसी विदेश मंत्रालय', 'الوضع في أفغانستان', 'Russia China cooperation', 'द्वितीय विश्व युद्ध'];

const synthetic = ingestSynthetic(new SyntheticCorpus(loadCorpusSync('seeds'), { count: 200 })).corpus;
const syntheticIndex = buildSearchIndex(synthetic);

/** Articles with a paragraph that contains a unit, found by searching every paragraph. */
function articlesWithUnit(index: SearchIndex, corpus: Corpus, query: string): Set<number> {
  const units = parseQuery(query, index.vocabulary).units;
  const found = index.mini.search(unitsQuery(units)).filter((r) => coversAnyUnit(units, r.match));
  return new Set(found.map((r) => corpus.articles.findIndex((a) => a.number === index.refs[r.id as number]!.article)));
}

describe('two-stage search: articles first, then their paragraphs', () => {
  it('coversAnyUnit agrees with unitMatch on every matched paragraph', () => {
    for (const [index, q] of QUERIES.flatMap((q) => [[seedIndex, q], [syntheticIndex, q]] as const)) {
      const units = parseQuery(q, index.vocabulary).units;
      for (const r of index.mini.search(unitsQuery(units))) {
        const bySets = units.some((u) => unitMatch(u, matchedTerms(r.match)) !== undefined);
        expect(coversAnyUnit(units, r.match)).toBe(bySets);
      }
    }
  });
  it('the article index names every article with a paragraph containing a unit', () => {
    for (const [index, corpus] of [[seedIndex, seeds], [syntheticIndex, synthetic]] as const) {
      for (const q of QUERIES) {
        const { best } = articleCandidates(index.pruning.articles, parseQuery(q, index.vocabulary).units, Infinity);
        for (const position of articlesWithUnit(index, corpus, q)) expect(best).toContain(position);
      }
    }
  });
  it('counts on the seeds the articles with a paragraph containing a unit (a phrase split across paragraphs does not count)', () => {
    for (const q of QUERIES) expect(searchCorpus(seedIndex, seeds, q).totalArticles).toBe(articlesWithUnit(seedIndex, seeds, q).size);
  });
  it('scores the paragraphs of chosen articles exactly as MiniSearch does, in its order', () => {
    for (const q of QUERIES) {
      const units = parseQuery(q, syntheticIndex.vocabulary).units;
      const ranges: Array<[number, number]> = [3, 17, 40, 41, 150].map((p) => [syntheticIndex.firstParagraph[p]!, syntheticIndex.firstParagraph[p + 1]!]);
      const inRanges = (id: number) => ranges.some(([from, to]) => id >= from && id < to);
      const expected = syntheticIndex.mini.search(unitsQuery(units), { boostDocument: (id) => (inRanges(id as number) ? 1 : 0) });
      const weights = fieldWeights(units);
      const got = rangeHits(syntheticIndex.pruning.paragraphs, (['word', 'stem'] as const).filter((f) => weights[f].size > 0).map((field) => ({ field, terms: weights[field] })), ranges);
      expect(got.ids).toEqual(expected.map((r) => r.id));
      expect(got.scores).toEqual(expected.map((r) => r.score));
      expect(got.ids.map((_, i) => got.matched(i))).toEqual(expected.map((r) => matchedTerms(r.match)));
    }
  });
  it('finds the Lavrov articles in order', () => {
    expect(searchCorpus(seedIndex, seeds, 'Lavrov', { limit: 3 }).articles.map((a) => a.article)).toEqual([4, 0, 2]);
  });
  it('keeps the article index through a snapshot and refuses one of another corpus', () => {
    const restored = indexFromSnapshot(v8.deserialize(v8.serialize(indexToSnapshot(syntheticIndex))), synthetic);
    for (const q of QUERIES) expect(searchCorpus(restored, synthetic, q)).toEqual(searchCorpus(syntheticIndex, synthetic, q));
    const json = indexToSnapshot(seedIndex) as { articles: { documentCount: number } };
    expect(() => indexFromSnapshot({ ...json, articles: { ...json.articles, documentCount: 1 } }, seeds)).toThrow(/articles/);
  });
});
