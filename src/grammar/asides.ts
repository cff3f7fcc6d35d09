/**
 * Asides: a clause a relative pronoun opens right after a comma ("X, who arrived on Monday, met Y",
 * "X، الذي وصل أمس، التقى Y", "X ने, जो सोमवार को पहुंचे थे, …"). It runs to the next comma or the
 * sentence's end, and tells something of its own about the word before it. The pronouns are each
 * language pack's `asideRelatives`.
 */
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Tok } from './tokens.ts';

const RELATIVES = perPack((pack) => new Set((pack.asideRelatives ?? []).map(foldTerm)));

/**
 * Token ranges [first, end) of the sentence's asides, in the sentence's language.
 * @example asides(toks('X, who arrived on Monday, met Y'), 'eng') // [[2, 5]]
 */
export function asides(toks: readonly Tok[], lang: string): Array<[number, number]> {
  const relatives = RELATIVES(lang);
  if (!relatives || relatives.size === 0) return [];
  const out: Array<[number, number]> = [];
  for (let k = 1; k < toks.length; k++) {
    if (!toks[k]!.breakBefore || !toks[k]!.forms.some((f) => relatives.has(f))) continue;
    let end = k + 1;
    while (end < toks.length && !toks[end]!.breakBefore) end++;
    out.push([k, end]);
    k = end - 1;
  }
  return out;
}
