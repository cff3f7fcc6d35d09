import { describe, expect, it } from 'vitest';
import { searchCorpus, type SearchResult } from '../../src/search/query.ts';
import { highlighted, seedIndex, seeds } from './helpers.ts';

const search = (q: string, opts = {}) => searchCorpus(seedIndex, seeds, q, opts);
const quotes = (r: SearchResult) => r.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.quotes));
const articlesWith = (r: SearchResult, word: string) =>
  new Set(r.articles.filter((a) => a.paragraphs.some((p) => p.quotes.some((q) => highlighted(q).includes(word)))).map((a) => a.article));

describe('cross-script names on the seeds', () => {
  it('Lavrov finds लावरोव in articles 0, 2 and 4 and nothing else', () => {
    const r = search('Lavrov');
    expect(articlesWith(r, 'लावरोव')).toEqual(new Set([0, 2, 4]));
    expect(r.articles.map((a) => a.article).sort()).toEqual([0, 2, 4]);
  });
  it('a typo (Lavrof) finds the same articles', () => {
    expect(articlesWith(search('Lavrof'), 'लावरोव')).toEqual(new Set([0, 2, 4]));
  });
  it('Taliban finds Hindi तालिबान and Arabic طالبان', () => {
    const r = search('Taliban');
    expect(articlesWith(r, 'طالبان')).toEqual(new Set([3]));
    expect(articlesWith(r, 'तालिबान')).toEqual(new Set([0, 1, 2, 4]));
  });
  it('अफ़्ग़ानिस्तान (with nukta and virama) matches paragraphs spelled अफगानिस्तान', () => {
    const r = search('अफ़्ग़ानिस्तान');
    expect(articlesWith(r, 'अफगानिस्तान').size).toBeGreaterThanOrEqual(3);
  });
  it('Moscow finds मॉस्को, मास्को and Arabic موسكو (written with the conjunction و)', () => {
    const words = new Set(quotes(search('Moscow', { limit: 10 })).flatMap(highlighted));
    expect(words).toContain('मॉस्को');
    expect(words).toContain('मास्को');
    expect(words).toContain('وموسكو');
  });
  it('Putin finds पुतिन and بوتين', () => {
    const r = search('Putin');
    expect(articlesWith(r, 'पुतिन')).toEqual(new Set([2]));
    expect(articlesWith(r, 'بوتين')).toEqual(new Set([3]));
  });
  it('Kabul airport reaches हवाई अड्डे, एयरपोर्ट and مطار paragraphs, ranked above Kabul alone', () => {
    const r = search('Kabul airport');
    const words = new Set(quotes(r).flatMap(highlighted));
    for (const w of ['काबुल', 'हवाई', 'अड्डे', 'एयरपोर्ट', 'مطار', 'كابول']) expect(words).toContain(w);
    const top = r.articles.slice(0, 2).map((a) => a.article).sort();
    expect(top).toEqual([0, 3]);
  });
  it('والأمن finds الأمن', () => {
    const words = new Set(quotes(search('والأمن')).flatMap(highlighted));
    expect(words).toContain('الأمن');
  });
  it('Arabic queries rank the Arabic article first', () => {
    expect(search('والأمن').articles[0]?.article).toBe(3);
  });
});

describe('result shape on the seeds', () => {
  const queries = ['Lavrov', 'Taliban', 'Kabul airport', 'Moscow talks', 'अफ़्ग़ानिस्तान', 'بوتين', 'terrorism'];
  it('quotes are verbatim substrings of their paragraph and highlights cover whole words', () => {
    for (const q of queries) {
      for (const quote of quotes(search(q, { limit: 10 }))) {
        const article = seeds.articles.find((a) => a.number === quote.citation.article)!;
        const paragraph = article.paragraphs.find((p) => p.number === quote.citation.paragraph)!;
        expect(paragraph.text).toContain(quote.text);
        expect(quote.highlights.length).toBeGreaterThan(0);
        for (const [s, e] of quote.highlights) {
          expect(quote.text.slice(s, e)).toMatch(/^[\p{L}\p{M}\p{Nd}]+$/u);
          expect(quote.text.slice(s - 1, s)).not.toMatch(/[\p{L}\p{M}]/u);
          expect(quote.text.slice(e, e + 1)).not.toMatch(/[\p{L}\p{M}]/u);
        }
      }
    }
  });
  it('groups paragraphs per article: each article once, at most 3 paragraphs, scores descending', () => {
    for (const q of queries) {
      const r = search(q, { limit: 10 });
      const numbers = r.articles.map((a) => a.article);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const a of r.articles) {
        expect(a.paragraphs.length).toBeGreaterThanOrEqual(1);
        expect(a.paragraphs.length).toBeLessThanOrEqual(3);
      }
      const scores = r.articles.map((a) => a.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    }
  });
  it('carries title, language and publication date in each citation', () => {
    const q = quotes(search('Putin')).find((x) => x.citation.article === 3)!;
    expect(q.citation).toMatchObject({ article: 3, lang: 'arb', date: '2021-08-25' });
    expect(q.citation.title).toContain('بوتين');
  });
  it('applies the language filter and the limit', () => {
    const r = search('Taliban', { language: 'arb' });
    expect(r.articles.map((a) => a.article)).toEqual([3]);
    expect(search('Taliban', { limit: 2 }).articles).toHaveLength(2);
    expect(search('Taliban', { limit: 99 }).articles.length).toBeLessThanOrEqual(10);
    expect(search('Taliban', { limit: Number.NaN }).articles).toHaveLength(5);
    expect(search('Lavrov', { language: 'eng' }).articles.map((a) => a.article)).toEqual([4]);
  });
  it('caps long queries and reports what was left out', () => {
    const words = seeds.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join(' ').slice(0, 6000);
    const r = search(words);
    expect(r.units.length).toBeLessThanOrEqual(12);
    expect(r.dropped).toBeGreaterThan(100);
    expect(r.articles.length).toBeGreaterThan(0);
  });
});
