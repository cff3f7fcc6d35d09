import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../src/languages/analyze.ts';
import { stripArticle, withProclitic, withoutProclitic } from '../../src/text/arabicClitics.ts';
import { foldTerm } from '../../src/text/normalize.ts';
import { stemOf } from '../../src/languages/stem.ts';
import { isStopWord } from '../../src/languages/stopwords.ts';

describe('Arabic clitics', () => {
  it('removes the definite article with the conjunctions and prepositions before it', () => {
    expect(stripArticle('والأمن')).toBe('أمن');
    expect(stripArticle('بالإضافة')).toBe('إضافة');
    expect(stripArticle('للتعاون')).toBe('تعاون');
    expect(stripArticle('وَالْأَمْنِ')).toBe('أمن');
  });
  it('leaves words whose first letters only look like a clitic', () => {
    expect(stripArticle('فلاديمير')).toBe('فلاديمير');
    expect(stripArticle('بوتين')).toBe('بوتين');
    expect(stripArticle('الله')).toBe('الله');
  });
  it('offers one-letter proclitic readings for the caller to check', () => {
    expect(withoutProclitic('وموسكو')).toEqual(['موسكو']);
    expect(withoutProclitic('موسكو')).toEqual([]);
    expect(withProclitic('موسكو')).toContain('بموسكو');
  });
});

describe('stemming wrapper', () => {
  it('stems Hindi, Arabic and English inflections', () => {
    expect(stemOf('देशों')).toBe(stemOf('देश'));
    expect(stemOf('सरकारी')).toBe(foldTerm('सरकार'));
    expect(stemOf('الإرهابية')).toBe(foldTerm('ارهاب'));
    expect(stemOf('meetings')).toBe('meet');
  });
  it('refuses stems that cut into the start of a word or are too short', () => {
    expect(stemOf('بوتين')).toBe(foldTerm('بوتين'));
    expect(stemOf('وزير')).toBe(foldTerm('وزير'));
    expect(stemOf('हवाई')).toBe(foldTerm('हवाई'));
  });
  it('stems an Arabic adjective in the indefinite accusative (ـيًا) as its other forms', () => {
    // Adverbial and accusative forms beside the plain and definite ones.
    for (const [accusative, plain] of [['هاتفيا', 'الهاتفي'], ['هاتفياً', 'هاتفي'], ['رسميا', 'الرسمية'], ['عسكرياً', 'العسكري'], ['دبلوماسيا', 'الدبلوماسي'], ['اقتصاديا', 'الاقتصادية']]) {
      expect(stemOf(accusative!), accusative).toBe(stemOf(plain!));
    }
  });
  it('keeps the alif of a plural in ـايا', () => {
    expect(stemOf('قضايا')).not.toBe(stemOf('قضاي'));
    expect(stemOf('هدايا')).not.toBe(stemOf('هداي'));
  });
});

describe('stop words and word analysis', () => {
  it('recognises stop words in folded form', () => {
    expect(isStopWord(foldTerm('के'))).toBe(true);
    expect(isStopWord(foldTerm('في'))).toBe(true);
    expect(isStopWord(foldTerm('the'))).toBe(true);
    expect(isStopWord(foldTerm('तालिबान'))).toBe(false);
  });
  it('gives index forms or nothing for stop words', () => {
    expect(analyzeWord('والأمن')).toEqual({ word: 'امن', stem: 'امن' });
    expect(analyzeWord('और')).toBeUndefined();
  });
});
