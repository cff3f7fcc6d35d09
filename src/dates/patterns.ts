/**
 * Regex building blocks shared by the date extractors. Everything here is a string fragment meant
 * to be compiled once at module load; no function in this file runs per searched text.
 *
 * JavaScript's `\b` only knows ASCII word characters, so boundaries are spelled out with Unicode
 * classes: a date word must not touch another letter, combining mark (Devanagari vowel signs,
 * Arabic harakat) or digit.
 */

/** Digits in the scripts the corpus uses: ASCII, Devanagari ०-९, Arabic-Indic ٠-٩, Persian/Urdu ۰-۹. */
export const DIGIT = '[0-9\u0966-\u096F\u0660-\u0669\u06F0-\u06F9]';

/** Start of a word: no letter, mark or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** End of a word: no letter, mark or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** A day of the month written with 1–2 digits in any script (range checked later). */
export const DAY = `(?<!${DIGIT})${DIGIT}{1,2}(?!${DIGIT})`;
/** A four-digit year in any script (range checked later). */
export const YEAR = `(?<!${DIGIT})${DIGIT}{4}(?!${DIGIT})`;

const DIGIT_ZEROS = [0x30, 0x966, 0x660, 0x6f0];

/** Value of a run of digits in any of the supported scripts (mixed scripts are read digit by digit). */
export function readNumber(digits: string): number {
  let value = 0;
  for (const ch of digits) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero === undefined) return Number.NaN;
    value = value * 10 + (code - zero);
  }
  return value;
}

/** Years accepted in running text; keeps Hijri years (1443 هـ) and counts out. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

/** Escapes regex metacharacters. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation of the given words, longest first so that a longer spelling wins over its prefix,
 * each word passed through `spell` (which may widen letters into variant classes).
 */
export function alternation(words: Iterable<string>, spell: (word: string) => string = escapeRegex): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(spell).join('|')})`;
}
