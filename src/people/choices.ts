/**
 * What person autocomplete scans: every person's spellings folded for prefix comparison, with
 * their sound keys.
 */
import { foldTerm } from '../text/normalize.ts';
import { phoneticKey } from '../text/phonetic.ts';
import type { PeopleKnowledge, Person } from './types.ts';
import { eachInSteps, runSteps } from '../steps.ts';

/* Folded for prefix comparison: silent-vowel marks depend on where a word ends, and a half-typed word ends early. */
export function prefixForm(s: string): string {
  return foldTerm(s).replace(/\u094D/gu, '');
}

export interface PrefixEntry {
  person: Person;
  /** Prefix forms of the display name and every spelling, and of each of their words. */
  forms: string[];
  words: string[];
  /** Sound keys of those words. */
  keys: string[];
}

/**
 * The autocomplete order of people, most covered first (stable: knowledge order breaks ties), so
 * that a keystroke scans only until the choices are full; built once with the knowledge, since
 * folding and sound-keying every spelling on each keystroke would not scale.
 * @example choiceOrder(kb)[0].person.id // 'sergey-lavrov'
 */
export function choiceOrder(kb: PeopleKnowledge): PrefixEntry[] {
  return runSteps(choiceOrderSteps(kb));
}

/** `choiceOrder` in time slices of the people (see steps.ts). */
export function* choiceOrderSteps(kb: PeopleKnowledge): Generator<void, PrefixEntry[]> {
  const ordered = [...kb.people].sort((a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length);
  yield;
  const entries: PrefixEntry[] = [];
  yield* eachInSteps(ordered, (person) => {
    const forms = [person.display, ...person.spellings].map(prefixForm);
    const words = forms.flatMap((f) => f.split(/\s+/u));
    entries.push({ person, forms, words, keys: words.map((w) => phoneticKey(w)) });
  });
  return entries;
}
