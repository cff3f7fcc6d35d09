/* Small facts about English tokens that the contact reader and its setting rules share. */
import type { Tok } from '../grammar/tokens.ts';

export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
/** Words (an adjective or two: "a bilateral meeting") between the determiner and the noun. */
export const NOUN_MODIFIERS = 2;

/** The "s" of "India’s", a word of its own glued to the previous one by an apostrophe. */
export function possessiveS(toks: readonly Tok[], k: number): boolean {
  return toks[k]!.fold === 's' && k > 0 && toks[k]!.start === toks[k - 1]!.end + 1;
}
