/**
 * Initials written as one word, the letters' names run together as Hindi writes acronyms (जेपी
 * सिंह J. P. Singh, एसएम कृष्णा S. M. Krishna, वीके सिंह V. K. Singh): before a surname, a word
 * that is two or three letter names and nothing else stands for those initials.
 */
import type { Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';

const cache = new Map<string, ReadonlyMap<string, string> | undefined>();

/** The pack's letter names as written, to their Latin capitals; none when its acronyms are not written as one word. */
function letterNames(lang: string): ReadonlyMap<string, string> | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const letters = packFor(lang as Tok['lang'])?.latinLetters;
  const out = letters?.joined ? new Map(Object.entries(letters.names).map(([latin, name]) => [name.normalize('NFC'), latin])) : undefined;
  cache.set(lang, out);
  return out;
}

const MIN_LETTERS = 2;
const MAX_LETTERS = 3;

/**
 * The Latin capitals a word of run-together letter names stands for, two or three of them
 * ("J. P" for जेपी, to be written with a final dot); none for any other word.
 * @example joinedInitials(sentenceTokens('जेपी', 0, 'hin')[0]!) // 'J. P'
 */
export function joinedInitials(tok: Tok): string | undefined {
  const names = letterNames(tok.lang);
  if (!names) return undefined;
  // As written: folding marks a run-together word's silent vowels otherwise than its parts'.
  const word = tok.text.normalize('NFC');
  // Splits of the word into letter names, shortest first; the first full split wins.
  const split = (at: number): string[] | undefined => {
    if (at === word.length) return [];
    for (let end = at + 1; end <= word.length; end++) {
      const latin = names.get(word.slice(at, end));
      if (!latin) continue;
      const rest = split(end);
      if (rest) return [latin, ...rest];
    }
    return undefined;
  };
  const letters = split(0);
  return letters && letters.length >= MIN_LETTERS && letters.length <= MAX_LETTERS ? letters.join('. ') : undefined;
}
