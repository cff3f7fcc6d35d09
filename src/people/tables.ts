/**
 * The lookup tables over the people knowledge that questions use: built once, with the knowledge
 * (src/knowledge.ts), on the build path and the snapshot path alike.
 */
import { choiceOrder, type PrefixEntry } from './choices.ts';
import { contactGroups, type CounterpartContacts } from './contact-groups.ts';
import { nameIndex, type NameIndex } from './lookup.ts';
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
  return {
    person: new Map(kb.people.map((p) => [p.id, p])),
    article: new Map(kb.articles.map((a) => [a.number, a])),
    names: nameIndex(kb),
    contacts: contactGroups(kb),
    choices: choiceOrder(kb),
  };
}
