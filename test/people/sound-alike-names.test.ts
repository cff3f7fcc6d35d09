import { describe, expect, it } from 'vitest';
import { invented } from './helpers.ts';

/* A full name the corpus introduces with a title in one article, written with other letters and no
 * title in another: still that person, when every word sounds like the known name's word. */
const articlesOf = (texts: string[], native: string) => invented(texts).people.find((p) => p.native.includes(native))?.articles;

describe('known names spelled otherwise', () => {
  it('Hindi: nukta and vowel signs differ', () => {
    const texts = [
      'खबर\nईरान के विशेष दूत रमीज़ काजिमी कोमी ने कहा कि बातचीत सकारात्मक रही।',
      'खबर\nरमीज काज़मी क़ुम्मी के नेतृत्व में एक प्रतिनिधिमंडल मंगलवार को काबुल पहुंचा।',
    ];
    expect(articlesOf(texts, 'रमीज़ काजिमी कोमी')).toEqual([0, 1]);
  });

  it('Arabic: a long vowel written or left out', () => {
    const texts = [
      'خبر\nوقال المبعوث الروسي الخاص سيرغي بافلوفيتش إن موسكو تتابع الوضع.',
      'خبر\nوأكد سيرجي بافيلوفتش أن بلاده لن تتدخل.',
    ];
    expect(articlesOf(texts, 'سيرغي بافلوفيتش')).toEqual([0, 1]);
  });

  it('every word must sound like the known word in its place', () => {
    const texts = [
      'खबर\nईरान के विशेष दूत रमीज़ काजिमी कोमी ने कहा कि बातचीत सकारात्मक रही।',
      'खबर\nरमीज सिंह के नेतृत्व में एक प्रतिनिधिमंडल मंगलवार को काबुल पहुंचा।',
    ];
    expect(articlesOf(texts, 'रमीज़ काजिमी कोमी')).toEqual([0]);
  });
});
