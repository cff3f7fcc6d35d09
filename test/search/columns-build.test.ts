import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { ingestSynthetic, SyntheticCorpus } from '../../bench/generate.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { columnsFromTexts } from '../../src/search/columnsBuild.ts';
import { ARTICLE_OPTIONS, INDEX_OPTIONS, type IndexedArticle, type IndexedText } from '../../src/search/fields.ts';
import { analyseCorpus } from '../../src/search/index.ts';
import { miniToColumns } from '../../src/search/miniColumns.ts';

/** The columns of the MiniSearch that `addAll` builds: what the direct build must equal. */
function miniSearchColumns<T>(texts: T[], options: Options<T>) {
  const mini = new MiniSearch<T>(options);
  mini.addAll(texts);
  return miniToColumns(mini);
}

describe('index columns written without MiniSearch', () => {
  const seeds = loadCorpusSync('seeds');
  const synthetic = ingestSynthetic(new SyntheticCorpus(seeds, { count: 80 })).corpus;

  for (const [name, corpus] of [['seeds', seeds], ['80 synthetic articles', synthetic]] as const) {
    it(`equal MiniSearch's own, term order and averages included (${name})`, () => {
      const { paragraphs, articles } = analyseCorpus(corpus);
      expect(paragraphs.length).toBeGreaterThan(50);
      expect(columnsFromTexts(paragraphs, ['word', 'stem'])).toEqual(miniSearchColumns<IndexedText>(paragraphs, INDEX_OPTIONS));
      expect(columnsFromTexts(articles, ['terms'])).toEqual(miniSearchColumns<IndexedArticle>(articles, ARTICLE_OPTIONS));
    }, 30_000);
  }

  it('count an empty term in the length as MiniSearch does, and keep a term’s fields in first-posting order', () => {
    const docs: IndexedText[] = [
      { id: 0, word: 'kabul  kabul', stem: '' },
      { id: 1, word: 'lavrov', stem: 'kabul lavr kabul' },
      { id: 2, word: 'lavr kab', stem: 'kab' },
      { id: 3, word: '', stem: 'kabu kabul' },
    ];
    const columns = columnsFromTexts(docs, ['word', 'stem']);
    expect(columns).toEqual(miniSearchColumns<IndexedText>(docs, INDEX_OPTIONS));
    expect(columns.fieldLength[0]).toBe(2);
    expect([...columns.freqs].reduce((a, b) => a + b, 0)).toBe(11);
  });

  it('refuses a duplicate id', () => {
    expect(() => columnsFromTexts([{ id: 1, word: 'a', stem: '' }, { id: 1, word: 'b', stem: '' }], ['word', 'stem'])).toThrow(/duplicate/);
  });
});
