/**
 * Decides which question a free-text /ask is, in this order: an article by number, who met
 * someone, what happened on a date, and otherwise a search for the question's content words —
 * so every non-empty question gets an answer, never an error.
 */
import { findDateMentions } from '../dates/find.ts';
import type { EventsKnowledge } from '../events/lookup.ts';
import { findPerson } from '../people/lookup.ts';
import type { PeopleKnowledge, Person } from '../people/types.ts';
import type { Text } from '../i18n/message.ts';
import { tokenize } from '../text/tokenize.ts';
import { askedArticle } from './article.ts';
import { askedDate } from './date.ts';
import { contentWords } from './keywords.ts';
import { nameReadings, whoMetName } from './who-met.ts';

export type Route =
  | { to: 'article'; number: number }
  | { to: 'who-met'; name: string; person?: Person }
  | { to: 'on'; input: string; note?: Text }
  | { to: 'search'; query: string };

/** A name nobody in the articles has is still answered by who-met when it looks like a name (a few words, none of them function words). */
const MAX_NAME_WORDS = 4;
/** Any day serves to recognise relative dates inside a name ("Lavrov on Monday"). */
const PROBE = '2001-12-31';

/** Trimmed, spaces collapsed, closing punctuation of any script removed. */
export function cleanQuestion(question: string): string {
  return question.trim().replace(/\s+/gu, ' ').replace(/[\s?!.。।؟؛,،:;"'”’)]+$/u, '').replace(/^[\s"'“‘(¿¡]+/u, '');
}

function withoutDates(name: string): string {
  let out = name;
  for (const m of findDateMentions(name, 'und', PROBE).reverse()) out = out.slice(0, m.start) + out.slice(m.end);
  // Spaces first: a date cut from the end leaves a space after the word that introduced it.
  return out.replace(/\s+/gu, ' ').trim().replace(/\s+(?:on|in|at|को|में|في|يوم)$/iu, '');
}

function whoMetRoute(question: string, people: PeopleKnowledge): Route | undefined {
  const asked = whoMetName(question);
  if (!asked) return undefined;
  const name = withoutDates(asked);
  if (!name) return undefined;
  for (const reading of nameReadings(name)) {
    const { person } = findPerson(people, reading);
    if (person) return { to: 'who-met', name: reading, person };
  }
  const words = tokenize(name);
  const nameLike = words.length > 0 && words.length <= MAX_NAME_WORDS && contentWords(name).length === words.length;
  return nameLike ? { to: 'who-met', name } : undefined;
}

/**
 * @example routeQuestion('Who talked to Lavrov?', kb) // { to: 'who-met', name: 'Lavrov', person: {…} }
 * @example routeQuestion('What did Putin say about refugees?', kb) // { to: 'search', query: 'Putin refugees' }
 * @returns undefined for an empty question
 */
export function routeQuestion(question: string, kb: { people: PeopleKnowledge; events: EventsKnowledge }): Route | undefined {
  const q = cleanQuestion(question);
  if (tokenize(q).length === 0) return undefined;
  const number = askedArticle(q);
  if (number !== undefined) return { to: 'article', number };
  const whoMet = whoMetRoute(q, kb.people);
  if (whoMet) return whoMet;
  const date = askedDate(q, kb.events);
  if (date) return { to: 'on', ...date };
  const words = contentWords(q);
  return { to: 'search', query: words.length > 0 ? words.join(' ') : q };
}
