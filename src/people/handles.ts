/**
 * Social-media handles quoted in news text ("I spoke with @JensStoltenberg", "HE @KarzaiH"). A
 * politician's handle is usually the name written as one word, each part capitalised, sometimes
 * with an initial or a party's acronym appended: its parts are the name's words.
 */
import type { Phrase } from '../grammar/phrase.ts';
import type { Tok } from '../grammar/tokens.ts';
import { runTogetherParts } from '../text/runTogether.ts';
import { latinGivenNames } from './latin-names.ts';

/* Capitalised, with a capital after a small letter, except after a surname prefix (McKenzie,
 * DeSantis); a typo such as "rJinping" is no handle. */
const CAPITALISED = /^\p{Lu}/u;
const CAMEL = /\p{Ll}\p{Lu}/u;
const PREFIXED = /^(?:Mc|Mac|Da|De|Di|Du|La|Le)\p{Lu}\p{Ll}+$/u;
const WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a Latin word has a handle's shape rather than a printed name's.
 * @example handleShaped('KarzaiH') // true
 * @example handleShaped('McKenzie') // false
 */
export function handleShaped(word: string): boolean {
  return CAPITALISED.test(word) && CAMEL.test(word) && !PREFIXED.test(word);
}

/**
 * The name words of a handle-shaped word: its capitalised parts, initials and acronyms left out.
 * A handle of no such part (acronyms and initials only) is its own one word, so a name is never empty.
 * @example handleWords('JosepBorrellF') // ['Josep', 'Borrell']
 * @example handleWords('KarzaiH') // ['Karzai']
 * @example handleWords('SMQureshiPTI') // ['Qureshi']
 */
export function handleWords(word: string): string[] {
  const words = runTogetherParts(word, 'handle').filter((part) => WORD.test(part));
  return words.length > 0 ? words : [word];
}

/**
 * Handles in a sentence that spell a person's name: written after @, of two or more name words
 * the first of which is a listed given name ("@JensStoltenberg", not "@StateDept").
 */
export function handleNames(toks: readonly Tok[], text: string, claimed: readonly boolean[]): Phrase[] {
  const found: Phrase[] = [];
  toks.forEach((tok, i) => {
    if (claimed[i] || tok.script !== 'latin' || text.charAt(tok.start - 1) !== '@' || !handleShaped(tok.text)) return;
    const words = handleWords(tok.text);
    if (words.length < 2 || !latinGivenNames().has(words[0]!)) return;
    found.push({ first: i, end: i + 1, nameFirst: i, nameEnd: i + 1, clitic: 0, source: 'name', relational: false, possessive: false });
  });
  return found;
}
