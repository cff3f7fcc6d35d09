/**
 * The people knowledge as stored in a knowledge snapshot: people and contacts without their
 * mentions and evidence, which are stored as quoted spans (offsets in typed arrays, the texts
 * sliced from the paragraphs on load) with the evidence's name offsets flattened alongside.
 * Mentions and evidence are most of the people knowledge's objects and text.
 */
import { restorePairLists, restoreSpans, storePairLists, storeSpans, type ParagraphTexts, type StoredPairLists, type StoredSpans } from '../corpus/quotedSpans.ts';
import type { Contact, Evidence } from '../contacts/types.ts';
import type { ArticleRef, PeopleKnowledge, Person } from './types.ts';

export interface PeopleSnapshot {
  people: Array<Omit<Person, 'mentions'>>;
  /** How many mentions each person has; the mentions of all people in order. */
  mentionCounts: Int32Array;
  mentions: StoredSpans;
  contacts: Array<Omit<Contact, 'evidence'>>;
  evidenceCounts: Int32Array;
  evidence: StoredSpans;
  /** The name offsets of each evidence sentence. */
  names: StoredPairLists;
  articles: ArticleRef[];
}

/**
 * @example peopleFromSnapshot(peopleToSnapshot(kb.people, text), text) // equal to kb.people
 */
export function peopleToSnapshot(people: PeopleKnowledge, text: ParagraphTexts): PeopleSnapshot {
  const evidence = people.contacts.flatMap((c) => c.evidence);
  return {
    people: people.people.map(({ mentions: _, ...person }) => person),
    mentionCounts: Int32Array.from(people.people, (p) => p.mentions.length),
    mentions: storeSpans(people.people.flatMap((p) => p.mentions), text),
    contacts: people.contacts.map(({ evidence: _, ...contact }) => contact),
    evidenceCounts: Int32Array.from(people.contacts, (c) => c.evidence.length),
    evidence: storeSpans(evidence, text),
    names: storePairLists(evidence.map((e) => e.names)),
    articles: people.articles,
  };
}

/** Gives each stored item its share of `parts`, in order (`counts[i]` parts to item i). */
function distribute<T, P>(items: T[], counts: Int32Array, parts: P[], attach: (item: T, own: P[]) => void): void {
  if (items.length !== counts.length) throw new Error('people snapshot counts do not match');
  let at = 0;
  items.forEach((item, i) => {
    attach(item, parts.slice(at, at + counts[i]!));
    at += counts[i]!;
  });
  if (at !== parts.length) throw new Error('people snapshot counts do not match');
}

/**
 * Restores people knowledge saved by `peopleToSnapshot`; the stored person and contact objects
 * become the restored ones.
 * @throws Error when the value is not a people snapshot.
 */
export function peopleFromSnapshot(data: PeopleSnapshot, text: ParagraphTexts): PeopleKnowledge {
  if (!Array.isArray(data?.people) || !Array.isArray(data.contacts) || !Array.isArray(data.articles)) {
    throw new Error('not a people snapshot');
  }
  const people = data.people as Person[];
  distribute(people, data.mentionCounts, restoreSpans(data.mentions, text), (person, mentions) => (person.mentions = mentions));
  const names = restorePairLists(data.names);
  const evidence = restoreSpans(data.evidence, text).map((span, i): Evidence => ({ ...span, names: names[i]! }));
  if (names.length !== evidence.length) throw new Error('people snapshot counts do not match');
  const contacts = data.contacts as Contact[];
  distribute(contacts, data.evidenceCounts, evidence, (contact, own) => (contact.evidence = own));
  return { people, contacts, articles: data.articles };
}
