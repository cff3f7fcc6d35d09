/**
 * Each person's contacts in date order, grouped by counterpart: what /who-met lists. Built once
 * with the knowledge, from one sort of all contacts, so that a person with tens of thousands of
 * contacts is answered without sorting or regrouping them on every question.
 */
import { dateKey } from '../dates/format.ts';
import type { Contact } from '../contacts/types.ts';
import type { PeopleKnowledge } from './types.ts';
import { eachInSteps, runSteps } from '../steps.ts';

/** A counterpart's id and the contacts with them, dated first by date, then undated, each in knowledge order. */
export type CounterpartContacts = [counterpart: string, contacts: Contact[]];

/* Dated contacts by date key, then undated ones; ties keep knowledge order (the sort is stable). */
function chronological(contacts: readonly Contact[]): Contact[] {
  const keyed = contacts.map((c) => ({ c, key: c.date ? dateKey(c.date) : undefined }));
  keyed.sort((x, y) => {
    if (x.key !== undefined && y.key !== undefined) return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
    return x.key !== undefined ? -1 : y.key !== undefined ? 1 : 0;
  });
  return keyed.map((k) => k.c);
}

/**
 * The contacts of every person, grouped by counterpart in the order of each counterpart's first contact.
 * @example contactGroups(kb).get('sergey-lavrov')?.[0] // ['antony-blinken', [{ kind: 'phone call', … }]]
 */
export function contactGroups(kb: PeopleKnowledge): Map<string, CounterpartContacts[]> {
  return runSteps(contactGroupSteps(kb));
}

/** `contactGroups` in time slices of the contacts (see steps.ts). */
export function* contactGroupSteps(kb: PeopleKnowledge): Generator<void, Map<string, CounterpartContacts[]>> {
  const byPerson = new Map<string, Map<string, Contact[]>>();
  const add = (id: string, other: string, c: Contact) => {
    let mine = byPerson.get(id);
    if (!mine) byPerson.set(id, (mine = new Map()));
    const list = mine.get(other);
    if (list) list.push(c);
    else mine.set(other, [c]);
  };
  const ordered = chronological(kb.contacts);
  yield;
  yield* eachInSteps(ordered, (c) => {
    add(c.a, c.b, c);
    if (c.b !== c.a) add(c.b, c.a, c);
  });
  yield;
  return new Map([...byPerson].map(([id, mine]) => [id, [...mine]]));
}
