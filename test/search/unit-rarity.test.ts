import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/expand.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { sameRarity } from '../../src/search/unitIdf.ts';
import { inventedCorpus } from './helpers.ts';

// Invented articles: a name written in Latin by one English article and in Devanagari by four Hindi ones.
const { corpus, index } = inventedCorpus([
  'Talks in Tashkent\nForeign minister Velikanov met his counterpart in Tashkent on Monday.',
  'वार्ता\nविदेश मंत्री वेलिकानोव ने ताशकंद में अपने समकक्ष से मुलाकात की।',
  'दौरा\nवेलिकानोव अगले सप्ताह दिल्ली का दौरा करेंगे।',
  'बयान\nवेलिकानोव ने कहा कि सीमा पर शांति है।',
  'बैठक\nराजदूत ने वेलिकानोव से बात की।',
  'मौसम\nदिल्ली में आज बारिश हुई।',
  'اتصال\nأجرى وزير الخارجية اتصالا هاتفيا بنظيره وبحثا الوضع في المنطقة.',
]);
const weights = (q: string) => {
  const [unit] = sameRarity(parseQuery(q, index.vocabulary).units, index.pruning.paragraphs);
  return new Map(unit!.phrases.flatMap((p) => (p.length === 1 ? [...p[0]!.word] : [])));
};

describe('the spellings of one query word count as rare as its commonest spelling', () => {
  it('lowers the weight of the rare Latin spelling to the rarity of the Devanagari one', () => {
    const w = weights('Velikanov');
    expect(w.get('velikanov')!).toBeLessThan(1);
    expect([...w].find(([term]) => term.startsWith('वेलिकानोव'))?.[1]).toBe(1);
  });
  it('leaves a word with one spelling as it is', () => {
    expect(weights('Tashkent').get('tashkent')).toBe(1);
  });
  it('still finds the English and the Hindi article that name both', () => {
    const top = searchCorpus(index, corpus, 'Velikanov Tashkent', { limit: 3 }).articles.map((a) => a.article);
    expect(top).toContain(1);
    expect(top).toContain(0);
  });
});

describe('an Arabic adjective in the accusative (اتصالا هاتفيا) is the concept its plain form is', () => {
  it('finds the Arabic telephone call for a Latin "phone call"', () => {
    expect(searchCorpus(index, corpus, 'phone call', { limit: 3 }).articles.map((a) => a.article)).toContain(6);
  });
});
