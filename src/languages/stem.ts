/**
 * Light stemming, by the stemmer of the word's language pack. Stemmers also cut into names
 * (بوتين → وتين, treating ب as "with"; मास्को → मास्क "mask"), so a stem is used only when it is
 * a prefix of the word it came from and at least three letters long: the stemmer may remove
 * endings, never beginnings. Callers keep the stem in its own index field and do not use it for
 * words that look like names (search/expand.ts).
 */
import { foldSpelling, foldTerm } from '../text/normalize.ts';
import { packFor } from './index.ts';
import { wordLanguage } from './word-language.ts';

const MIN_STEM = 3;

/**
 * The folded stem of a word, or its folded (article-stripped) form when no safe stem exists. A
 * word without a language pack is not stemmed.
 * @example stemOf('देशों') === foldTerm('देश') // true
 * @example stemOf('الإرهابية') === foldTerm('ارهاب') // true
 * @example stemOf('بوتين') === foldTerm('بوتين') // true (the stemmer's وتين is refused)
 */
export function stemOf(word: string, lang: string = wordLanguage(word)): string {
  const pack = packFor(lang);
  const written = pack?.stemBase ? pack.stemBase(word) : foldSpelling(word);
  const stem = pack ? pack.stem(written) : written;
  const safe = stem.length >= MIN_STEM && foldSpelling(written).startsWith(foldSpelling(stem)) ? stem : written;
  return foldTerm(safe);
}
