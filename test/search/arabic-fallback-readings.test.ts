import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/expand.ts';
import { arabicFallbackReadings } from '../../src/search/respell.ts';
import { searchCorpus } from '../../src/search/query.ts';
import { inventedCorpus } from './helpers.ts';

// Invented names and articles: Arabic writes the z of a Persian or Turkic name with ض, and the -oyev glide as ئي.
const { corpus, index } = inventedCorpus([
  'طقس\nهطلت أمطار غزيرة على العاصمة.',
  'لقاء\nاستقبل الرئيس نوربيك خوضيائيف وزير الخارجية في طشقند.',
  'تصريح\nقال المستشار مرتضى قاضي زاده إن المحادثات ستستمر.',
  'اجتماع\nقال عزيز إن العديد من المشاركين حضروا الاجتماع.',
]);
const variants = (q: string) => parseQuery(q, index.vocabulary).units[0]!.variants;

describe('a Latin z read as the ض Arabic writes, when no Arabic spelling sounds like the word as typed', () => {
  it('reads z as d and drops the glide y of a final -oyev', () => {
    expect(arabicFallbackReadings('Khoziyoyev')).toContain('Khodiyoev');
  });
  it('finds the Arabic spelling with ض', () => {
    expect(variants('Khoziyoyev')).toContain('خوضيائيف');
    expect(searchCorpus(index, corpus, 'Khoziyoyev Tashkent', { limit: 3 }).articles[0]?.article).toBe(1);
    expect(variants('Morteza')).toContain('مرتضى');
  });
  it('keeps a word whose z the corpus writes ز away from a word with ض or د', () => {
    expect(variants('Aziz')).toEqual(['عزيز']);
  });
});
