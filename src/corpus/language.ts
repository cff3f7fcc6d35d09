/**
 * Language of a text, limited to the languages the coverage is in. franc alone is right on whole
 * articles but guesses wildly on short lines, and left unrestricted takes Hindi for Marathi or Nepali
 * and Arabic for Urdu or Persian; so it only chooses among SUPPORTED_LANGS, and short texts are
 * decided by their script.
 */
import { franc } from 'franc';
import type { Lang } from '../types.ts';

export const SUPPORTED_LANGS: readonly Exclude<Lang, 'und'>[] = ['hin', 'arb', 'eng'];

const SCRIPT_LANG: Array<[RegExp, Exclude<Lang, 'und'>]> = [
  [/\p{Script=Devanagari}/gu, 'hin'],
  [/\p{Script=Arabic}/gu, 'arb'],
  [/\p{Script=Latin}/gu, 'eng'],
];

/** Below this many letters franc has too little to go on; the script decides. */
const FRANC_MIN_LETTERS = 40;

/**
 * @example detectLanguage('लावरोव') // 'hin'
 * @example detectLanguage('Check Also') // 'eng'
 */
export function detectLanguage(text: string): Lang {
  let best: Lang = 'und';
  let bestCount = 0;
  let letters = 0;
  for (const [pattern, lang] of SCRIPT_LANG) {
    const count = text.match(pattern)?.length ?? 0;
    letters += count;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  if (letters < FRANC_MIN_LETTERS) return best;
  const guess = franc(text, { only: [...SUPPORTED_LANGS], minLength: 1 });
  return guess === 'und' ? best : (guess as Lang);
}
