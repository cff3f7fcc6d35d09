/**
 * A sentence that names no one and opens with a noun for a contact told just before, giving its
 * day: "The meeting took place on Tuesday, September 7", "यह मुलाकात मंगलवार को हुई", "وجرى
 * اللقاء يوم الثلاثاء". The day is that contact's, when the contacts of the latest sentence
 * stating any, within a few sentences, are all of one pair and have no day of their own.
 */
import type { DateMention } from '../dates/types.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { RECALLING_NOUNS } from './cues.ts';

/** The noun stands among the sentence's first words ("The meeting", "وجرى اللقاء", "यह मुलाकात"). */
const OPENING_WORDS = 3;
/** How many sentences back the contact may be told (no other contact told since, by construction). */
const REACH = 6;

/** The day a sentence gives to the contact just before it, when it is such a sentence. */
export function recalledDay(view: SentenceView): DateMention | undefined {
  if (view.phrases.length > 0) return undefined;
  const nouns = RECALLING_NOUNS(view.lang);
  if (!nouns || !view.toks.slice(0, OPENING_WORDS).some((t) => t.forms.some((f) => nouns.has(f)))) return undefined;
  const days = view.dates.filter((d) => d.precision === 'day');
  return days.length === 1 ? days[0] : undefined;
}

/** A contact read so far: the sentence it was read in, its pair, and whether it has a day. */
export interface ReadContact {
  order: number;
  a: number;
  b: number;
  dated: boolean;
  planned: boolean;
}

/**
 * Indexes of the contacts a recalling sentence at `order` dates: those of the latest earlier
 * sentence within reach that states contacts not all dated, when they are all one pair, done and undated.
 */
export function recalledContacts(read: readonly ReadContact[], order: number): number[] {
  const within = read.map((c, i) => ({ c, i })).filter(({ c }) => c.order < order && order - c.order <= REACH);
  // A sentence whose contacts all have their day is passed over: the day told is another meeting's
  // ("X met Y on Monday. He had met Z on August 23. The meeting took place on Monday, September 7").
  const dayTold = (o: number) => within.every(({ c }) => c.order !== o || (c.dated && !c.planned));
  const before = within.filter(({ c }) => !dayTold(c.order));
  const latest = Math.max(-1, ...before.map(({ c }) => c.order));
  const last = before.filter(({ c }) => c.order === latest);
  const pairs = new Set(last.map(({ c }) => (c.a < c.b ? `${c.a}|${c.b}` : `${c.b}|${c.a}`)));
  if (pairs.size !== 1 || last.some(({ c }) => c.dated || c.planned)) return [];
  return last.map(({ i }) => i);
}
