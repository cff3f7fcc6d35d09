import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { indexFromSnapshot, indexToSnapshot } from '../../src/search/index.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { highlighted, inventedCorpus, seedIndex, seeds } from './helpers.ts';

const { corpus, index } = inventedCorpus([
  'भूटान के राजा ने दौरा किया\nभूटान के राजा ने थिम्पू में भाषण दिया।\nपुतिन ने मॉस्को में बैठक की।',
  'زيلينسكي يلتقي بايدن\nالتقى الرئيس زيلينسكي بالرئيس بايدن في واشنطن.\nوقال الوتين إن الأمر صعب.',
  'ज़ेलेंस्की ने कहा\nराष्ट्रपति ज़ेलेंस्की ने कीव में पत्रकारों से बात की।\nتحدث الرئيس في كييف.\nوكييف مدينة كبيرة.',
]);
const words = (q: string, opts = {}) =>
  searchCorpus(index, corpus, q, opts).articles.flatMap((a) => a.paragraphs.flatMap((p) => p.quotes.flatMap(highlighted)));

describe('invented articles: the rules generalise', () => {
  it('Putin finds पुतिन but not भूटान, which shares its consonant key', () => {
    expect(words('Putin')).toEqual(['पुतिन']);
  });
  it('a name unseen in the seeds is found in Hindi and Arabic from Latin letters', () => {
    const found = words('Zelensky');
    expect(found).toContain('ज़ेलेंस्की');
    expect(found).toContain('زيلينسكي');
  });
  it('an Arabic name finds its Hindi spelling, not a word its stemmer would produce', () => {
    // The stemmer reads بوتين as ب + وتين; الوتين must not match, nor भूटान.
    expect(words('بوتين')).toEqual(['पुतिन']);
  });
  it('finds a name written with a one-letter proclitic when the bare word is in the corpus', () => {
    expect(words('كييف')).toEqual(expect.arrayContaining(['كييف', 'وكييف']));
    expect(words('Kiev')).toEqual(expect.arrayContaining(['कीव', 'كييف', 'وكييف']));
  });
});

describe('snapshot of the index', () => {
  it('round-trips through JSON and gives the same results', () => {
    const restored = indexFromSnapshot(v8.deserialize(v8.serialize(indexToSnapshot(seedIndex))), seeds);
    for (const q of ['Lavrov', 'Kabul airport', 'والأمن', 'Moscow']) {
      expect(searchCorpus(restored, seeds, q)).toEqual(searchCorpus(seedIndex, seeds, q));
    }
  });
  it('refuses a snapshot of another corpus', () => {
    expect(() => indexFromSnapshot(indexToSnapshot(seedIndex), corpus)).toThrow(/paragraphs/);
    expect(() => indexFromSnapshot({}, seeds)).toThrow();
  });
});
