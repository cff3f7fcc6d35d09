/**
 * Any script → plain lowercase Latin, the common ground on which names written in Devanagari,
 * Arabic and English are compared (phonetic.ts) and shown to members who read neither script.
 */
import anyAscii from 'any-ascii';
import { arabicToLatin } from './arabicLatin.ts';
import { devanagariDisplay, devanagariToLatin } from './devanagariLatin.ts';
import { scriptOf } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/**
 * Latin letters with diacritics (and other scripts any-ascii knows) as plain lowercase ASCII.
 * @example toAscii('Lavróv') // 'lavrov'
 */
export function toAscii(word: string): string {
  return anyAscii(word.normalize('NFC')).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function wordToLatin(word: string): string {
  switch (scriptOf(word)) {
    case 'devanagari':
      return devanagariToLatin(word);
    case 'arabic':
      return arabicToLatin(word);
    default:
      return toAscii(word);
  }
}

/**
 * Lowercase ASCII spelling of a word (or of each word of a phrase, space-separated).
 * @example toLatin('लावरोव') // 'lavrov'
 * @example toLatin('طالبان') // 'taliban'
 * @example toLatin('Lavróv') // 'lavrov'
 */
export function toLatin(word: string): string {
  return tokenize(word)
    .map((t) => wordToLatin(t.text))
    .filter((w) => w.length > 0)
    .join(' ');
}

/**
 * A phrase in Latin letters for display, each word in Title Case.
 * @example displayLatin('सर्गेई लावरोव') // 'Sargei Lavrov'
 */
export function displayLatin(phrase: string): string {
  // A nukta counts for display (ज़ as z), not for matching (devanagariLatin.ts).
  return tokenize(phrase)
    .map((t) => (scriptOf(t.text) === 'devanagari' ? devanagariDisplay(t.text) : wordToLatin(t.text)))
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
