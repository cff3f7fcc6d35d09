/**
 * The language of a word read on its own (a search term, a lexicon entry), or inside a paragraph
 * of a known language: detection (src/languages/detect.ts) decided once per distinct word.
 */
import { languageWithin } from './detect.ts';
import { BoundedMemo } from '../text/memo.ts';
import type { Lang } from '../types.ts';

const memo = new BoundedMemo<Lang>(200_000);

/**
 * @example wordLanguage('लावरोव') // 'hin'
 * @example wordLanguage('Lavrov', 'hin') // 'eng'
 * @example wordLanguage('وزیر', 'urd') // 'urd'
 */
export function wordLanguage(word: string, paragraph: Lang = 'und'): Lang {
  return memo.get(`${paragraph}\u0000${word}`, (key) => languageWithin(key.slice(key.indexOf('\u0000') + 1), paragraph));
}
