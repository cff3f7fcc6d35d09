/**
 * Light stemming from maintained packages: snowball's Arabic and English stemmers, Orama's Hindi
 * stemmer. Stemmers also cut into names (بوتين → وتين, treating ب as "with"; مास्को → मास्क "mask"),
 * so a stem is used only when it is a prefix of the word it came from and at least three letters
 * long: the stemmer may remove endings, never beginnings. Callers keep the stem in its own index
 * field and do not use it for words that look like names (search/expand.ts).
 */
import { createRequire } from 'node:module';
import { stemmer as hindiStemmer } from '@orama/stemmers/indian';
import { stripArticle } from './arabicClitics.ts';
import { foldSpelling, foldTerm, scriptOf } from './normalize.ts';

interface Snowball {
  stem(word: string): string;
}
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(language: string): Snowball };
const arabic = snowball.newStemmer('arabic');
const english = snowball.newStemmer('english');

const MIN_STEM = 3;

/**
 * The folded stem of a word, or its folded (article-stripped) form when no safe stem exists.
 * @example stemOf('देशों') === foldTerm('देश') // true
 * @example stemOf('الإرهابية') === foldTerm('ارهاب') // true
 * @example stemOf('بوتين') === foldTerm('بوتين') // true (the stemmer's وتين is refused)
 */
export function stemOf(word: string): string {
  const script = scriptOf(word);
  const written = script === 'arabic' ? stripArticle(word.normalize('NFC')) : foldSpelling(word);
  const stem =
    script === 'arabic' ? arabic.stem(written) : script === 'devanagari' ? hindiStemmer(written) : script === 'latin' ? english.stem(written) : written;
  const safe = stem.length >= MIN_STEM && foldSpelling(written).startsWith(foldSpelling(stem)) ? stem : written;
  return foldTerm(safe);
}
