/**
 * Turkish surnames in -oğlu "son of" (Çavuşoğlu, Davutoğlu, Kılıçdaroğlu), which Arabic print
 * writes as two words (تشاووش أوغلو, جاويش أوغلو) and the English press as one, in Turkish
 * letters with their diacritics dropped (Cavusoglu). The stem is read with the letters Turkish
 * spelling gives its sounds, not with the Arabic name words' romanisation.
 */
import type { Tok } from '../grammar/tokens.ts';
import { arabicToLatin } from '../text/arabicLatin.ts';
import { foldTerm } from '../text/normalize.ts';

const OGLU = new Set(['أوغلو', 'اوغلو'].map(foldTerm));

/* Arabic letters (as arabicToLatin writes them) in Turkish spelling without diacritics: تش ç and
 * ج c, ش ş s, غ ğ g, و v, ق k, خ h, ث s, ذ ض ظ z. */
const TURKISH_LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsh/g, 'c'], [/sh/g, 's'], [/kh/g, 'h'], [/gh/g, 'g'], [/th/g, 's'], [/dh/g, 'z'], [/j/g, 'c'], [/w/g, 'v'], [/q/g, 'k'],
];

/* The same sounds as a Devanagari reading writes them (चावुसोग्लू chavusoglu). */
const READ_TURKISH: ReadonlyArray<readonly [RegExp, string]> = [[/ch/g, 'c'], [/sh/g, 's'], [/j/g, 'c'], [/w/g, 'v']];

/**
 * A name word read from Devanagari in Turkish spelling when it ends in -oglu, itself otherwise.
 * @example turkishOglu('Chavusoglu') // 'Cavusoglu'
 */
export function turkishOglu(word: string): string {
  if (!/.oglu$/u.test(word)) return word;
  let letters = word.toLowerCase();
  for (const [re, to] of READ_TURKISH) letters = letters.replace(re, to);
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/**
 * The surname the Arabic words at `i` and `i + 1` write when the second is أوغلو, as one Latin
 * word; none otherwise. Two consonants opening the stem take Turkish's ı between them, written i
 * (كليتشدار أوغلو Kilicdaroglu).
 * @example oneWordOglu(sentenceTokens('تشاووش أوغلو', 0), 0) // 'Cavusoglu'
 */
export function oneWordOglu(toks: readonly Tok[], i: number): string | undefined {
  const [stem, oglu] = [toks[i], toks[i + 1]];
  if (!stem || !oglu || stem.script !== 'arabic' || oglu.script !== 'arabic' || !OGLU.has(oglu.fold) || OGLU.has(stem.fold)) return undefined;
  let letters = arabicToLatin(stem.text);
  for (const [re, to] of TURKISH_LETTERS) letters = letters.replace(re, to);
  letters = letters.replace(/^([^aeiou])(?=[^aeiou])/, '$1i');
  return letters ? `${letters.charAt(0).toUpperCase()}${letters.slice(1)}oglu` : undefined;
}

/**
 * Whether a name has the -oğlu surname, written apart: its bearer is Turkish, whose name words
 * the press spells from Turkish (مولود Mevlut, not Mulud).
 * @example hasOglu(sentenceTokens('مولود تشاووش أوغلو', 0)) // true
 */
export function hasOglu(toks: readonly Tok[]): boolean {
  return toks.some((t, i) => i > 0 && t.script === 'arabic' && OGLU.has(t.fold));
}
