/* Small facts about English words that the contact readers and the English event rules share. */
import type { Phrase } from '../grammar/phrase.ts';
import { ROLE_QUALIFIERS, TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';

/** Words before "to" that make "to <verb>" an announcement ("is expected to meet"); "Good to catch up" is not one. */
export const FUTURE_BEFORE_TO = new Set(
  'is are was were set expected plans plan planned planning scheduled slated going due likely poised intends intend intended hopes hope hoped wants want aims aim'.split(' '),
);
/* A contact noun is stated by a light verb before it ("hold a meeting with", "have a phone call with"), whose tense is the contact's. */
export const LIGHT_VERBS = new Set(['hold', 'have', 'make', 'pay', 'conduct']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
/** Words (an adjective or two: "a bilateral meeting") between the determiner and the noun. */
export const NOUN_MODIFIERS = 2;

/** The "s" of "India’s", a word of its own glued to the previous one by an apostrophe. */
export function possessiveS(toks: readonly Tok[], k: number): boolean {
  return toks[k]!.fold === 's' && k > 0 && toks[k]!.start === toks[k - 1]!.end + 1;
}

/**
 * "X, Boris Johnson's Special Envoy, held talks with Y", "Wang Yi's deputy met Y": a person owning
 * the office after them is not who acts; the holder of that office is.
 */
export function ownsOffice(toks: readonly Tok[], p: Phrase): boolean {
  return p.end < toks.length && possessiveS(toks, p.end) && (TITLE_WORDS.match(toks, p.end + 1) !== undefined || ROLE_QUALIFIERS.match(toks, p.end + 1) !== undefined);
}
