/**
 * Short follow-up questions that lean on the member's previous one: "and Putin?", "what about on
 * 25 August?", "और जयशंकर?", "وماذا عن بوتين؟". The follow-up names a new subject; the previous
 * question gives the kind of question. A new name takes the place of the old one in the previous
 * question, in its own words and language ("who met Lavrov?" + "and Putin?" → "who met Putin?");
 * a date, an article or a topic is asked on its own.
 */
import { findDateMentions } from '../dates/find.ts';
import type { EventsKnowledge } from '../events/lookup.ts';
import type { PeopleKnowledge } from '../people/types.ts';
import { tokenize } from '../text/tokenize.ts';
import { cleanQuestion, routeQuestion } from './route.ts';
import { whoMetName } from './who-met.ts';

/** Words that open a follow-up in English, Hindi and Arabic; "و" only as a word of its own, since names start with it (وانغ يي). */
const OPENERS = /^(?:(?:and\s+)?(?:what|how)\s+about|and|also|और\s+क्या|और|तथा|(?:و\s*)?ماذا\s+عن|وعن|و)\s+/iu;
/** A follow-up is short: a subject, not a new question. */
const MAX_SUBJECT_WORDS = 5;

/**
 * The subject of a follow-up, or undefined when the text is not one.
 * @example followUpSubject('and Putin?') // 'Putin'
 * @example followUpSubject('وماذا عن بوتين؟') // 'بوتين'
 */
export function followUpSubject(text: string): string | undefined {
  const cleaned = cleanQuestion(text);
  const m = OPENERS.exec(cleaned);
  if (!m) return undefined;
  const subject = cleaned.slice(m[0].length).trim();
  const words = tokenize(subject).length;
  return words > 0 && words <= MAX_SUBJECT_WORDS ? subject : undefined;
}

/**
 * The question a follow-up amounts to, given the previous question; undefined when `text` is not
 * a follow-up (then it is a question of its own).
 * @example followUpQuestion('who met Lavrov?', 'and Putin?', kb) // 'who met Putin'
 */
export function followUpQuestion(previous: string, text: string, kb: { people: PeopleKnowledge; events: EventsKnowledge }): string | undefined {
  const subject = followUpSubject(text);
  if (!subject) return undefined;
  const datesIn = findDateMentions(subject, 'und').filter((d) => d.precision !== 'year');
  const before = cleanQuestion(previous);
  const route = routeQuestion(before, kb);
  if (datesIn.length === 0 && route?.to === 'who-met') {
    const asked = whoMetName(before);
    if (asked && before.includes(asked)) return before.replace(asked, subject);
  }
  return subject;
}
