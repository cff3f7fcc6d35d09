/**
 * A contact only a weak reading found (corroborated.ts: a contact noun beside two named people, left
 * undated since no grammar parsed the sentence) takes the day its sentence names when the corpus
 * confirms it: a grammar-read statement of the same pair, in any article, is dated to that day.
 * Real coverage tells each contact in many outlets; a day the sentence names that the corpus dates
 * the same pair to is the contact's. Without such agreement the contact stays undated: a wrong day
 * is worse than none.
 * A weekday in an article whose publication date is unknown was tried too (the one day of that
 * weekday the corpus dates the pair to): the dev set's gold leaves such a weekday undated (the text
 * alone does not date it), and on the tuning split it dated 16 contacts the gold leaves undated.
 */
import { parseIsoDay } from '../dates/calendar.ts';
import { dateKey } from '../dates/format.ts';
import { pairKey, type Statement } from './merge.ts';

/** The day (YYYY-MM-DD) a weak reading's sentence names, to be confirmed by the corpus. */
export interface DayHint {
  day: string;
}

/**
 * `kept` with the hinted statements dated where `all` (every statement, before corroboration)
 * confirms them; the hints are dropped.
 * @example corpusDated(kept, statements) // a weak "talks between X and Y on Monday" dated 2021-08-16 when another article dates X–Y to that day
 */
export function corpusDated(kept: readonly Statement[], all: readonly Statement[]): Statement[] {
  const days = new Map<string, Set<string>>();
  for (const s of all) {
    if (s.weak || !s.date || s.date.day === undefined) continue;
    const key = pairKey(s);
    days.set(key, (days.get(key) ?? new Set()).add(dateKey(s.date)));
  }
  return kept.map((s) => {
    if (!s.dayHint) return s;
    const { dayHint, ...rest } = s;
    const date = !s.date && days.get(pairKey(s))?.has(dayHint.day) ? parseIsoDay(dayHint.day) : undefined;
    return date ? { ...rest, date, dateFrom: 'neighbourhood' as const } : rest;
  });
}
