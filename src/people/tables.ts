/**
 * The lookup tables over the people knowledge that questions use: built once, with the knowledge
 * (src/knowledge.ts), on the build path and the snapshot path alike.
 */
import { choiceOrderSteps, type PrefixEntry } from './choices.ts';
import { contactGroupSteps, type CounterpartContacts } from './contact-groups.ts';
import { nameIndexSteps, type NameIndex } from './lookup.ts';
import { runSteps } from '../steps.ts';
import type { ArticleRef, PeopleKnowledge, Person } from './types.ts';

export interface PeopleTables {
  /** Person by id. */
  person: Map<string, Person>;
  /** What citations need of an article, by number. */
  article: Map<number, ArticleRef>;
  /** People by name, sound and typo (lookup.ts). */
  names: NameIndex;
  /** Each person's contacts grouped by counterpart (contact-groups.ts). */
  contacts: Map<string, CounterpartContacts[]>;
  /** Autocomplete order (choices.ts). */
  choices: PrefixEntry[];
}

/** @example peopleTables(kb).person.get('sergey-lavrov')?.display // 'Sergey Lavrov' */
export function peopleTables(kb: PeopleKnowledge): PeopleTables {
  return runSteps(peopleTableSteps(kb));
}

/** `peopleTables` one large table per step, so a reload answers questions in between (see steps.ts). */
export function* peopleTableSteps(kb: PeopleKnowledge): Generator<void, PeopleTables> {
  const person = new Map(kb.people.map((p) => [p.id, p]));
  const article = new Map(kb.articles.map((a) => [a.number, a]));
  yield;
  const names = yield* nameIndexSteps(kb);
  yield;
  const contacts = yield* contactGroupSteps(kb);
  yield;
  return { person, article, names, contacts, choices: yield* choiceOrderSteps(kb) };
}
