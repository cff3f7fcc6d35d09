/**
 * Words that state a contact between people, with the kind of contact they state, from each
 * language's pack. A phone word anywhere in the clause turns talks into a phone call
 * ("फोन पर बात की", "spoke by phone").
 */
import { perPack } from '../languages/index.ts';
import type { Cue } from '../languages/types.ts';
import { PackPhrases } from '../grammar/phrases.ts';
import { foldTerm } from '../text/normalize.ts';

export type { Cue } from '../languages/types.ts';

/** Contact words per language; a reader written for one language takes `CUES.of(code)`. */
export const CUES = new PackPhrases<Cue>((pack) => pack.contacts.cues);

/** Words turning talks into a phone call, per language. */
export const PHONE_WORDS = perPack((pack) => new Set((pack.contacts.phone ?? []).map(foldTerm)));

/** Words that deny what their sentence tells ("not", "نفت", "नहीं"), per language. */
export const NEGATION_WORDS = perPack((pack) => new Set((pack.contacts.negations ?? []).map(foldTerm)));

/** Words making the contact word after them one hoped for, offered, refused or ruled out, per language. */
export const UNREAL_WORDS = perPack((pack) => new Set((pack.contacts.unrealBefore ?? []).map(foldTerm)));

/** Verbs of saying, whose speaker reports a contact rather than takes part in it, per language. */
export const SPEECH_WORDS = perPack((pack) => new Set((pack.contacts.speech ?? []).map(foldTerm)));

/** Offices whose holders are a verb's object (Arabic oblique dual "نائبي", "وزيري"), per language. */
export const OBJECT_OFFICES = perPack((pack) => new Set((pack.contacts.objectOffices ?? []).map(foldTerm)));

/** Verbs of sending someone, whose sender is no party to the contact the one sent is sent for, per language. */
export const SENDING_WORDS = perPack((pack) => new Set((pack.contacts.sending ?? []).map(foldTerm)));

/** Words before a verb that announce it ("will", "سوف"), per language. */
export const FUTURE_MARKERS = perPack((pack) => new Set((pack.contacts.futureMarkers ?? []).map(foldTerm)));

/** Words naming the people met as a list ("أبرزهم"), per language. */
export const LIST_INTRODUCERS = perPack((pack) => new Set((pack.contacts.listIntroducers ?? []).map(foldTerm)));

/** Nouns of meetings and gatherings attended together ("बैठक", "सम्मेलन"), per language. */
export const OCCASION_WORDS = perPack((pack) => new Set((pack.contacts.occasions ?? []).map(foldTerm)));

/** Nouns standing for a contact told just before ("The meeting took place on …"). */
export const RECALLING_NOUNS = perPack((pack) => new Set((pack.contacts.recalledBy ?? []).map(foldTerm)));

/** A contact word found in a sentence: token span, its cue, and whether the text announces it. */
export interface CueAt {
  i: number;
  end: number;
  cue: Cue;
  planned: boolean;
}

/** A set of space-separated words, folded as tokens are. */
export function foldedSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map(foldTerm));
}
