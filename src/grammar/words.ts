/**
 * Which words can be part of a name, as each word's language pack says: Hindi and Arabic have no
 * capital letters, so after a title a name runs until a function word or a common noun that
 * typically follows a title; English names are capitalised. Digits, number words and the date words of the
 * word's language ("प्रधानमंत्री सोमवार को", "FM … on Monday") and its pronouns never are. A word in a language
 * without a pack is never taken for a name after a title.
 */
import { packFor, perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import type { Tok } from './tokens.ts';

const dateWords = perPack((pack) => new Set(pack.dateWords.map(foldTerm)));
/* Number words are matched as whole words only: a clitic read off a name ("وست", West) may leave one. */
const numberWords = perPack((pack) => new Set((pack.numberWords ?? []).map(foldTerm)));
/* Pronouns stand for a person and are never part of a name ("करीम शाह उनसे मिले"). */
const pronouns = perPack((pack) => new Set([...(pack.pronouns ?? []), ...Object.keys(pack.coreference?.objectPronouns ?? {})].map(foldTerm)));

/**
 * Whether `tok` can be part of a name in its language; `prev` is the previous word of the name.
 * @example nameWordOK(sentenceTokens('लावरोव', 0, 'hin')[0]) // true
 */
export function nameWordOK(tok: Tok, prev?: Tok): boolean {
  const pack = packFor(tok.lang);
  if (!pack || /\p{Nd}/u.test(tok.text)) return false;
  const dates = dateWords(tok.lang)!;
  if (tok.forms.some((f) => dates.has(f)) || pronouns(tok.lang)!.has(tok.fold) || numberWords(tok.lang)!.has(tok.fold)) return false;
  return pack.nameWord(tok, prev);
}

/**
 * Whether `tok` is a date word of its language or has digits ("सोमवार", "अगस्त", "21"): such a word
 * is no head noun of the phrase before it ("X मंगलवार को" marks the date, not X).
 */
export function isDateWord(tok: Tok): boolean {
  if (/\p{Nd}/u.test(tok.text)) return true;
  const dates = dateWords(tok.lang);
  return dates !== undefined && tok.forms.some((f) => dates.has(f));
}

/** Whether a particle ("bin", "al") ends the name here: it must be followed by a name word. */
export function isNameParticle(tok: Tok): boolean {
  return packFor(tok.lang)?.nameParticle?.(tok) ?? false;
}
