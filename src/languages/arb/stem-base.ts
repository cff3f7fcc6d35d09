/**
 * What the Arabic stemmer is given: the word without its article, and without the alif of the
 * indefinite accusative (tanween fath) after an adjective's nisba ي. Snowball removes one suffix,
 * so هاتفيا ("by telephone", as in اتصالا هاتفيا) kept its ي (stem هاتفي) where هاتفي and الهاتفي
 * lose it (هاتف): the adverbial and accusative forms news writes daily (رسميا, عسكريا, ثنائيا,
 * دبلوماسيا) did not meet their other forms in the stem field. A plural in ـايا (قضايا, ضحايا) keeps
 * its alif.
 */
import { stripArticle } from '../../text/arabicClitics.ts';

const NISBA_ACCUSATIVE = /^(.{2,}[^\u0627]\u064a)\u0627\u064b?$/u;

/** @example arabicStemBase('هاتفياً') // 'هاتفي' */
export function arabicStemBase(word: string): string {
  const bare = stripArticle(word.normalize('NFC'));
  return NISBA_ACCUSATIVE.exec(bare)?.[1] ?? bare;
}
