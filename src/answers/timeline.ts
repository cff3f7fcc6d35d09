/**
 * /timeline: every dated event in order — of the whole coverage, or of one person found by name
 * in any script. Month-precision events stand at their month, before the days of that month.
 * Items are short (date and synopsis, where reported, one cut quote); the renderer pages them.
 */
import type { Answer } from '../answer.ts';
import { formatDate } from '../dates/format.ts';
import { eventItem } from '../events/answer-item.ts';
import type { Event } from '../events/types.ts';
import type { Knowledge } from '../knowledge.ts';
import { closestPeople, findPerson } from '../people/lookup.ts';
import { personLabel } from './who-met.ts';

/** The person option's length limit: anything longer is no name. */
const MAX_NAME_CHARS = 100;
const NOTE = 'Dated events only, as the articles date them (relative words read against the publication date); a month-only date is placed at its month. /on date:<day> shows one day.';

function span(events: readonly Event[]): string {
  const first = events[0]!.when.date;
  const last = events[events.length - 1]!.when.date;
  const a = formatDate(first);
  const b = formatDate(last);
  return a === b ? a : `${a} to ${b}`;
}

function undatedNote(kb: Knowledge): string[] {
  const n = kb.events.undatedContacts;
  return n ? [`${n} contact${n === 1 ? '' : 's'} between people ${n === 1 ? 'has' : 'have'} no date in the text and ${n === 1 ? 'is' : 'are'} not listed (see /who-met).`] : [];
}

/** Longer timelines leave quotes out: each entry stays one heading and one line, and /on quotes a day. */
const QUOTED_MAX = 200;

function listed(kb: Knowledge, events: readonly Event[]) {
  const quotes = events.length <= QUOTED_MAX ? 1 : 0;
  return events.map((e) => eventItem(kb.articles, e, { quotes, quoteChars: 160, compact: true }));
}

function quoteNote(events: readonly Event[]): string[] {
  return events.length > QUOTED_MAX ? [`With more than ${QUOTED_MAX} events, quotes are left out; /on date:<day> quotes every event of a day.`] : [];
}

export interface TimelineOptions {
  /** Only the events of this person (a name in any script); the whole corpus without. */
  person?: string;
}

/**
 * @example timelineAnswer(kb, {}).items[0].heading // 'May 2021 · Xi Jinping appeared together with Vladimir Putin'
 * @example timelineAnswer(kb, { person: 'लावरोव' }).title // 'Timeline: Sergey Lavrov (सर्गेई लावरोव)'
 */
export function timelineAnswer(kb: Knowledge, options: TimelineOptions = {}): Answer {
  const asked = options.person?.trim().replace(/\s+/gu, ' ');
  if (!asked) {
    const events = kb.events.events;
    if (events.length === 0) return { status: 'empty', title: 'Timeline', intro: 'No article has a dated event.', items: [], notes: undatedNote(kb) };
    return { status: 'ok', title: 'Timeline', intro: `${events.length} dated events, ${span(events)}.`, items: listed(kb, events), notes: [NOTE, ...quoteNote(events), ...undatedNote(kb)] };
  }
  if (asked.length > MAX_NAME_CHARS) return { status: 'user-error', title: 'Timeline', intro: `That is longer than any name (${MAX_NAME_CHARS} characters at most). Type a name in any script: Lavrov, लावरोव, لافروف.`, items: [] };
  const { person: found, alternatives } = findPerson(kb.tables.people.names, asked);
  if (!found) {
    const close = closestPeople(kb.tables.people.names, asked, 3).map((p) => p.display);
    return { status: 'user-error', title: `Timeline: ${asked}`, intro: `No article names ${asked}.${close.length ? ` Closest known names: ${close.join(', ')}.` : ''}`, items: [] };
  }
  const title = `Timeline: ${personLabel(found)}`;
  const also = alternatives.length ? [`Also matching "${asked}": ${alternatives.map((p) => p.display).join(', ')}.`] : [];
  const events = kb.events.byParticipant.get(`person:${found.id}`) ?? [];
  if (events.length === 0) {
    const named = `${found.display} is named in ${found.articles.length} article${found.articles.length === 1 ? '' : 's'}`;
    return { status: 'empty', title, intro: `${named}, but no dated event involves them; /who-met lists their contacts, dated or not.`, items: [], notes: also };
  }
  return { status: 'ok', title, intro: `${events.length} dated event${events.length === 1 ? '' : 's'} involving ${found.display}, ${span(events)}.`, items: listed(kb, events), notes: [...also, NOTE, ...quoteNote(events)] };
}
