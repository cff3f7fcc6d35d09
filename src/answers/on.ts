/**
 * /on: what happened on a day, or in a month grouped by day. A lookup of the precomputed events
 * by date key; nearest dates come from binary search over the sorted keys. Autocomplete offers
 * the dates that have events, with the first event as a hint.
 */
import type { Answer, AnswerItem, Choice, Text } from '../answer.ts';
import { joined, msg } from '../i18n/message.ts';
import { parseIsoDay } from '../dates/calendar.ts';
import { dateKey, formatDate, weekdayOf } from '../dates/format.ts';
import { WEEKDAYS } from '../events/date-choices.ts';
import type { PartialDate } from '../dates/types.ts';
import { parseUserDate } from '../dates/user-date.ts';
import { dateLine, eventItem, whereReported } from '../events/answer-item.ts';
import { keysWithin, nearestKeys, type EventsKnowledge } from '../events/lookup.ts';
import type { Event } from '../events/types.ts';
import type { Knowledge } from '../knowledge.ts';
import { foldForMatch } from '../text/match.ts';

const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;
/** A busy day or month of a large corpus has thousands of events: past this many they are counted, not shown. */
export const MAX_EVENTS = 50;
const DATING_NOTE = msg('on.dating-note');
/**
 * A day's event: three full quotes, then a shorter one from every other reporting article, so that
 * each article reporting what happened that day is quoted in the answer. Past 15 articles (an event
 * a large corpus reports over and over) the rest are listed and counted, not quoted, so that one
 * event still fits one Discord page.
 */
const DAY_ITEM = { quotes: 3, quoteChars: 300, compact: false, everyArticle: { quoteChars: 160, articles: 15 } } as const;

/** "Monday 2021-08-16", "May 2021", "2021". */
export function keyLabel(key: string): string {
  const day = parseIsoDay(key);
  if (day) return `${WEEKDAYS[weekdayOf(key)]} ${key}`;
  const [year, month] = key.split('-').map(Number);
  return formatDate(month ? { year: year!, month } : { year: year! });
}

/** "articles #2, #5": every article reporting one of the events, ascending, in one pass over their sources. */
function articlesOf(eventLists: ReadonlyArray<readonly Event[]>): Text {
  const seen = new Set<number>();
  for (const events of eventLists) for (const e of events) for (const s of e.sources) seen.add(s.article);
  const numbers = Float64Array.from(seen).sort();
  return msg('on.articles', { n: numbers.length, numbers: Array.from(numbers, (n) => `#${n}`).join(', ') });
}

function count(n: number): Text {
  return msg('on.events', { n });
}

/** The note when only the first MAX_EVENTS of `total` events are shown. */
function shownOf(total: number, byDay: boolean): Text[] {
  return total > MAX_EVENTS ? [msg(byDay ? 'on.capped-by-day' : 'on.capped', { shown: MAX_EVENTS, total })] : [];
}

function nearestItems(ev: EventsKnowledge, key: string): AnswerItem[] {
  const { before, after } = nearestKeys(ev, key);
  return ([['on.before', before], ['on.after', after]] as const)
    .filter((pair): pair is readonly ['on.before' | 'on.after', string] => pair[1] !== undefined)
    .map(([side, k]) => {
      const events = ev.byKey.get(k)!;
      return { heading: [msg(side), `: ${keyLabel(k)} — `, count(events.length)], lines: [...events.slice(0, 3).map((e) => e.synopsis), msg('on.see', { key: k })] };
    });
}

function nothing(ev: EventsKnowledge, key: string, label: string): Answer {
  const items = nearestItems(ev, key);
  return { status: 'empty', title: msg('on.title-day', { label }), intro: msg('on.none', { label, nearest: items.length }), items, notes: [DATING_NOTE] };
}

function dayAnswer(kb: Knowledge, date: PartialDate): Answer {
  const key = dateKey(date);
  const ev = kb.events;
  const events = ev.byKey.get(key) ?? [];
  const monthKey = key.slice(0, 7);
  const monthOnly = ev.byKey.get(monthKey)?.length ?? 0;
  const coarse = monthOnly ? [msg('on.month-only', { n: monthOnly, month: keyLabel(monthKey), key: monthKey })] : [];
  if (events.length === 0) {
    const empty = nothing(ev, key, keyLabel(key));
    return { ...empty, notes: [...coarse, DATING_NOTE] };
  }
  return {
    status: 'ok',
    title: msg('on.title-day', { label: keyLabel(key) }),
    intro: msg('on.day-intro', { events: count(events.length), label: keyLabel(key), articles: articlesOf([events]) }),
    items: events.slice(0, MAX_EVENTS).map((e) => eventItem(kb.articles, e, DAY_ITEM)),
    notes: [...shownOf(events.length, false), ...coarse, DATING_NOTE],
  };
}

function monthAnswer(kb: Knowledge, date: PartialDate): Answer {
  const key = dateKey(date);
  const ev = kb.events;
  const keys = keysWithin(ev, key);
  if (keys.length === 0) return nothing(ev, key, keyLabel(key));
  const lists = keys.map((k) => ev.byKey.get(k)!);
  const total = lists.reduce((n, events) => n + events.length, 0);
  // Days in order until MAX_EVENTS events are shown; the last day shown may be cut.
  const shown: Array<[key: string, events: number]> = [];
  for (let k = 0, left = MAX_EVENTS; k < keys.length && left > 0; k++) {
    const n = Math.min(left, ev.byKey.get(keys[k]!)!.length);
    shown.push([keys[k]!, n]);
    left -= n;
  }
  const items = shown.map(([k, n]): AnswerItem => {
    const all = ev.byKey.get(k)!;
    const events = all.slice(0, n);
    const monthOnly = k === key;
    const heading: Text = [keyLabel(k), monthOnly ? msg('on.day-not-stated') : '', ' — ', count(all.length), n < all.length ? msg('on.first-shown', { n }) : ''];
    const parts = events.map((e) => eventItem(kb.articles, e, { quotes: 1, quoteChars: 200, compact: false }));
    // A day's heading already gives the date; a month-only date also says which words it came from.
    const lines = events.flatMap((e): Text[] => [[`• ${e.synopsis} [`, whereReported(e.sources), ']'], ...(monthOnly ? [['  ', dateLine(kb.articles, e)]] : [])]);
    return { heading, lines, quotes: parts.flatMap((p) => p.quotes ?? []) };
  });
  const days = keys.filter((k) => k !== key).length;
  const spread = joined(' ', days ? msg('on.on-days', { n: days }) : '', keys.includes(key) ? msg(days ? 'on.and-month-only' : 'on.month-only-spread') : '');
  return {
    status: 'ok',
    title: msg('on.title-month', { label: keyLabel(key) }),
    intro: msg('on.month-intro', { events: count(total), label: keyLabel(key), spread, articles: articlesOf(lists) }),
    items,
    notes: [...shownOf(total, true), DATING_NOTE],
  };
}

export interface OnOptions {
  /** A day or a month as a member types it: 2021-08-16, 16 Aug 2021, 16/08/2021, 2021-08. */
  date: string;
}

/**
 * @example onAnswer(kb, { date: '2021-08-15' }).items[0].heading // 'The Taliban took control of Kabul'
 * @example onAnswer(kb, { date: '2021-02-30' }).status // 'user-error'
 */
export function onAnswer(kb: Knowledge, options: OnOptions): Answer {
  const parsed = parseUserDate(options.date);
  if (!parsed.ok) return { status: 'user-error', title: msg('on.title-bare'), intro: parsed.message, items: [] };
  return parsed.precision === 'day' ? dayAnswer(kb, parsed.date) : monthAnswer(kb, parsed.date);
}

function choice(ev: EventsKnowledge, key: string): Choice {
  const events = ev.byKey.get(key)!;
  const label = parseIsoDay(key) ? key : keyLabel(key);
  const name = `${label} — ${events[0]!.synopsis}${events.length > 1 ? ` (+${events.length - 1})` : ''}`;
  return { name: name.length > MAX_CHOICE_CHARS ? `${name.slice(0, MAX_CHOICE_CHARS - 1)}…` : name, value: key };
}

/**
 * Dates with events matching what is typed (a date in any accepted form, part of one, or a word
 * of the first event's synopsis); a complete date without events offers the nearest ones.
 * @example onChoices(kb, '2021-08-1') // [{ name: '2021-08-15 — The Taliban took control of Kabul', value: '2021-08-15' }, …]
 */
export function onChoices(kb: Knowledge, typed: string): Choice[] {
  const ev = kb.events;
  const query = foldForMatch(typed).replace(/\s+/gu, ' ');
  if (!query) return ev.keys.slice(0, MAX_CHOICES).map((k) => choice(ev, k));
  const hay = kb.tables.dateChoices;
  const matching: string[] = [];
  for (let i = 0; i < ev.keys.length && matching.length < MAX_CHOICES; i++) if (hay[i]!.includes(query)) matching.push(ev.keys[i]!);
  if (matching.length === 0) {
    const parsed = parseUserDate(typed);
    if (parsed.ok) {
      const { before, after } = nearestKeys(ev, dateKey(parsed.date));
      return [before, after].filter((k): k is string => k !== undefined).map((k) => choice(ev, k));
    }
  }
  return matching.map((k) => choice(ev, k));
}
