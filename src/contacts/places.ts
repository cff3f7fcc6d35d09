/**
 * Places a contact can be stated to happen in: the countries of nations.ts and the cities this
 * coverage travels through, as each language pack spells them. English text also names
 * places the list lacks, by capital letters after "in" (where.ts).
 */
import { CITY_WORDS, NATION_WORDS } from '../grammar/nations.ts';
import type { PhraseMatch } from '../grammar/phrases.ts';
import type { Tok } from '../grammar/tokens.ts';


/** The city named at token `i`, in English. */
export function cityAt(toks: readonly Tok[], i: number): PhraseMatch<string> | undefined {
  return CITY_WORDS.match(toks, i);
}

/**
 * The place named at token `i` (a city, else a country), in English.
 * @example placeAt(sentenceTokens('नूर सुल्तान में', 0), 0) // { value: 'Nur-Sultan', end: 2, clitic: 0 }
 */
export function placeAt(toks: readonly Tok[], i: number): PhraseMatch<string> | undefined {
  const city = CITY_WORDS.match(toks, i);
  if (city) return city;
  const nation = NATION_WORDS.match(toks, i);
  return nation?.value.isCountry ? { value: nation.value.country, end: nation.end, clitic: nation.clitic } : undefined;
}
