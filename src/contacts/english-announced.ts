/**
 * Whether an English contact is told as announced, not done: a future word before its verb ("will
 * meet", "is expected to meet", a headline's "X to meet Y"), an announcing adjective before its noun
 * ("his upcoming meeting with"), or the purpose of an announced journey ("will travel to Moscow to
 * meet Y").
 */
import type { Group } from '../grammar/groups.ts';
import type { Tok } from '../grammar/tokens.ts';
import { FUTURE_MARKERS } from './cues.ts';
import { nounStart } from './english-clauses.ts';
import { DATE_CLAUSE_BREAKS, DETERMINERS, FUTURE_BEFORE_TO, LIGHT_VERBS, NOUN_MODIFIERS } from './english-tokens.ts';
import * as G from '../languages/eng/grammar.ts';

const ENGLISH_FUTURE = FUTURE_MARKERS('eng')!;

/** Where the light verb of the contact noun at `i` stands ("set to hold a bilateral meeting with", "will hold meeting with"), else `i`. */
function verbOf(toks: readonly Tok[], i: number): number {
  // "will hold meeting with" (no article): the light verb right before the noun.
  if (LIGHT_VERBS.has(toks[i - 1]?.fold ?? '') && !toks[i]!.breakBefore) return i - 1;
  for (let d = i - 1; d >= Math.max(0, i - 1 - NOUN_MODIFIERS); d--) {
    if (DETERMINERS.has(toks[d]!.fold)) return d > 0 && LIGHT_VERBS.has(toks[d - 1]!.fold) ? d - 1 : i;
    if (toks[d]!.breakBefore || /^\p{Lu}/u.test(toks[d]!.text)) return i;
  }
  return i;
}

/** "will meet", "is expected to meet", headline "X to meet Y" (a name right before "to"), "is set to hold a meeting with". */
export function announced(toks: readonly Tok[], cue: number, groups: readonly Group[]): boolean {
  let i = verbOf(toks, cue);
  // "will be meeting", "is to be held".
  if (toks[i - 1]?.fold === 'be') i--;
  const prev = toks[i - 1]?.fold;
  if (prev !== undefined && ENGLISH_FUTURE.has(prev)) return true;
  if (prev === 'to' && (FUTURE_BEFORE_TO.has(toks[i - 2]?.fold ?? '') || groups.some((g) => g.end === i - 1))) return true;
  return purposeOfFuture(toks, i) || purposeOfFuture(toks, nounStart(toks, cue)) || announcedNoun(toks, cue);
}

const NEGATING = new Set(G.NEGATING);
/** Words from the announcing word back to its negation ("is not expected to", "has no plans to"). */
const NEGATION_REACH = 2;

/**
 * "X has no plans to meet Y", "X is not expected to hold talks with Y", "X does not want to meet Y":
 * an announcement denied tells no contact, held or planned.
 */
export function deniedPlan(toks: readonly Tok[], cue: number): boolean {
  let i = verbOf(toks, cue);
  if (toks[i - 1]?.fold === 'be') i--;
  if (toks[i - 1]?.fold !== 'to' || !FUTURE_BEFORE_TO.has(toks[i - 2]?.fold ?? '')) return false;
  for (let k = i - 3; k >= Math.max(0, i - 2 - NEGATION_REACH); k--) if (NEGATING.has(toks[k]!.fold)) return true;
  return false;
}

/** Adjectives announcing a contact noun ("his upcoming meeting with"). */
const ANNOUNCING_ADJECTIVES = new Set(G.ANNOUNCING_ADJECTIVES);

/** "ahead of his meeting with Y", "the upcoming talks with Y": a noun announced by the words just before it. */
function announcedNoun(toks: readonly Tok[], i: number): boolean {
  for (let d = i - 1; d >= Math.max(0, i - 1 - NOUN_MODIFIERS); d--) {
    const w = toks[d]!.fold;
    if (ANNOUNCING_ADJECTIVES.has(w) || (w === 'of' && toks[d - 1]?.fold === 'ahead')) return true;
    if (!DETERMINERS.has(w) && !/^\p{Ll}/u.test(toks[d]!.text)) return false;
  }
  return false;
}

/** How far back a purpose's future verb may stand ("will travel to Moscow next week to meet"). */
const PURPOSE_REACH = 8;
/** Words opening a purpose after a verb of going: "to meet", "for talks with". */
const PURPOSE = new Set(G.PURPOSE);

/**
 * "X will travel to Moscow to meet Y", "X will visit Delhi for talks with Y" (or "for a meeting with Y"): a contact that is the
 * purpose of an announced journey is announced too. The future word stands earlier in the same
 * clause, with no punctuation or clause break between.
 */
function purposeOfFuture(toks: readonly Tok[], i: number): boolean {
  if (!PURPOSE.has(toks[i - 1]?.fold ?? '')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 1 - PURPOSE_REACH); k--) {
    const tok = toks[k]!;
    if (toks[k + 1]!.breakBefore || DATE_CLAUSE_BREAKS.has(tok.fold)) return false;
    if (ENGLISH_FUTURE.has(tok.fold) || (tok.fold === 'to' && FUTURE_BEFORE_TO.has(toks[k - 1]?.fold ?? ''))) return true;
  }
  return false;
}
