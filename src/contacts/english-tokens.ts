/* Small facts about English words that the contact readers and the English event rules share. */
import type { Phrase } from '../grammar/phrase.ts';
import { ROLE_QUALIFIERS, TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import * as G from '../languages/eng/grammar.ts';

/** Words before "to" that make "to <verb>" an announcement ("is expected to meet"); "Good to catch up" is not one. */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(G.FUTURE_BEFORE_TO);
/* A contact noun is stated by a light verb before it ("hold a meeting with", "have a phone call with"), whose tense is the contact's. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(G.LIGHT_VERBS);
export const DETERMINERS: ReadonlySet<string> = new Set(G.DETERMINERS);
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

/** Nouns a person may own and still be the one met or called: their delegation, their call or message. */
const OWNED_CONTACT = new Set(G.OWNED_CONTACT);

/**
 * "X welcomed Y's decision", "X criticised Y's remarks": a person owning a thing that is not an
 * office (`ownsOffice`), a delegation or a contact is not who the verb reaches.
 * @example ownsThing(toks, phraseOfAliKhan, isCue) // true in "welcomed Ali Khan's decision"
 */
export function ownsThing(toks: readonly Tok[], p: Phrase, isCue: (at: number) => boolean): boolean {
  const next = toks[p.end + 1];
  if (!(p.end < toks.length && possessiveS(toks, p.end) && next !== undefined && /^\p{Ll}/u.test(next.text))) return false;
  // "Y's bilateral meeting with", "Y's phone call": the thing owned may be a contact, a word or two on.
  for (let k = p.end + 1; k <= Math.min(toks.length - 1, p.end + 1 + NOUN_MODIFIERS); k++) if (OWNED_CONTACT.has(toks[k]!.fold) || isCue(k)) return false;
  return true;
}

/**
 * "X met the special envoy of President Y", "received a representative of Foreign Minister Y": an
 * office in lower case, "of" and a titled person: the person is the one the office serves, not
 * who is met (the phrase reader takes the whole for Y's title).
 */
export function servedByOffice(toks: readonly Tok[], p: Phrase): boolean {
  if (toks[p.first - 1]?.fold === 'of' && /^\p{Lu}/u.test(toks[p.first]!.text)) {
    for (let k = p.first - 2; k >= Math.max(0, p.first - 4) && /^\p{Ll}/u.test(toks[k]!.text); k--) if (TITLE_WORDS.match(toks, k)?.end === p.first - 1) return true;
  }
  if (!/^\p{Ll}/u.test(toks[p.first]?.text ?? '')) return false;
  for (let j = p.first + 1; j < p.nameFirst; j++) {
    if (toks[j]!.fold !== 'of') continue;
    return /^\p{Lu}/u.test(toks[j + 1]?.text ?? '') && TITLE_WORDS.match(toks, j + 1) !== undefined && TITLE_WORDS.match(toks, p.first) !== undefined;
  }
  return false;
}

/** Words opening another clause after a contact ("X met Y, who …", "X said that …"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(G.CLAUSE_BREAKS);
/** Words opening another clause, whose dates are not the contact's ("X said on Tuesday that …", "… came after Y ordered … on Saturday"). */
export const DATE_CLAUSE_BREAKS: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, ...G.DATE_CLAUSE_BREAKS]);
