/**
 * What date autocomplete matches each date key with events against: the ways a member may type
 * the date, and the first event's synopsis, folded once when the knowledge is built.
 */
import { ENGLISH_MONTHS, weekdayOf } from '../dates/format.ts';
import { foldForMatch } from '../text/match.ts';
import type { EventsKnowledge } from './lookup.ts';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Ways a member may type the date of a key: "2021-08-16", "16 August 2021", "Aug 16", "16/08/2021". */
function spellings(key: string): string[] {
  const [year, month, day] = key.split('-').map(Number);
  if (!month) return [key];
  const name = ENGLISH_MONTHS[month - 1]!;
  if (!day) return [key, `${name} ${year}`];
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return [key, `${day} ${name} ${year}`, `${name} ${day} ${year}`, `${dd}/${mm}/${year}`, `${WEEKDAYS[weekdayOf(key)]}`];
}

/**
 * One folded text per date key, in key order.
 * @example dateChoiceTexts(kb.events)[0] // '2021-05\nmay 2021\n…'
 */
export function dateChoiceTexts(ev: EventsKnowledge): string[] {
  return ev.keys.map((k) => foldForMatch([...spellings(k), ev.byKey.get(k)![0]!.synopsis].join('\n')));
}
