/**
 * "X told Y in a phone call that …", "X assured Y over the phone", "X thanked Y during their
 * meeting": a clause whose verb is no contact word, its object a person, set in a call or in the
 * two people's own meeting. A call reaches the one spoken to, so any call noun will do; a meeting
 * or talks only when owned by "their" (at "a meeting" X may have told Y's remarks to others).
 */
import type { Group } from '../grammar/groups.ts';
import { PhraseTable } from '../grammar/phrases.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { subjectLike } from '../grammar/subject.ts';
import type { Tok } from '../grammar/tokens.ts';
import * as G from '../languages/eng/grammar.ts';
import { pairClaims, type Claim } from './claim.ts';
import { CLAUSE_BREAKS, DETERMINERS } from './english-tokens.ts';

const PREPOSITIONS = new Set(G.SETTING_PREPOSITIONS);
const CALLS = new PhraseTable(G.CALL_NOUNS);
const OWNED = new PhraseTable(G.OWNED_MEETING_NOUNS);
/** Words of the verb between subject and object ("told", "also assured"). */
const VERB_REACH = 3;
/** Adjectives between the determiner and the noun ("in a lengthy phone call"). */
const MODIFIERS = 2;

/** The noun of a call or of the pair's own meeting opening at `at` (after the preposition), with its kind and end. */
function settingNoun(toks: readonly Tok[], at: number): { kind: Claim['kind']; end: number } | undefined {
  let k = at;
  const owner = toks[k]?.fold ?? '';
  if (DETERMINERS.has(owner)) k++;
  for (let m = 0; m <= MODIFIERS && k + m < toks.length; m++) {
    if (m > 0 && !/^\p{Ll}/u.test(toks[k + m - 1]!.text)) break;
    const call = CALLS.match(toks, k + m);
    if (call) return { kind: call.value, end: call.end };
    const owned = owner === 'their' ? OWNED.match(toks, k + m) : undefined;
    if (owned) return { kind: owned.value, end: owned.end };
  }
  return undefined;
}

/**
 * Contacts between a subject and the person its verb reaches, set in a call or in their own
 * meeting that names no one after it.
 * @example objectSettingClaims(view, groups) // "X told Y in a phone call that …" → X–Y, phone call
 */
export function objectSettingClaims(view: SentenceView, groups: readonly Group[]): Claim[] {
  const { toks } = view;
  const claims: Claim[] = [];
  for (let j = 1; j < groups.length; j++) {
    const [subject, object] = [groups[j - 1]!, groups[j]!];
    const prep = object.end;
    if (!PREPOSITIONS.has(toks[prep]?.fold ?? '') || toks[prep]!.breakBefore) continue;
    const noun = settingNoun(toks, prep + 1);
    // A person named after the noun ("in a phone call with Z") is the grammar's to read.
    if (!noun || toks[noun.end]?.fold === 'with' || groups.some((g) => g.first === noun.end + 1)) continue;
    const verb = toks.slice(subject.end, object.first);
    if (verb.length === 0 || verb.length > VERB_REACH || toks[object.first]!.breakBefore) continue;
    if (!verb.every((t) => /^\p{Ll}/u.test(t.text) && !CLAUSE_BREAKS.has(t.fold) && t.fold !== 'and' && !t.breakBefore) || !subjectLike(view, subject)) continue;
    claims.push(...pairClaims(view, subject.members, object.members, { kind: noun.kind, planned: false, first: subject.first, end: noun.end }));
  }
  return claims;
}
