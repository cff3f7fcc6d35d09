/**
 * /timeline: every dated event in order — of the whole coverage, or of one person found by name
 * in any script. Month-precision events stand at their month, before the days of that month.
 * Items are short (date and synopsis, where reported, one cut quote); the renderer pages them.
 */
import type { Answer, Text } from '../answer.ts';
import { msg } from '../i18n/message.ts';
import { formatDate } from '../dates/format.ts';
import { eventItem } from '../events/answer-item.ts';
import type { Event } from '../events/types.ts';
import type { Knowledge } from '../knowledge.ts';
import { findPerson } from '../people/lookup.ts';
import { alsoMatching, closestNames, namedIn, personLabel } from './who-met.ts';

/** The person option's length limit: anything longer is no name. */
const MAX_NAME_CHARS = 100;
const NOTE = msg('timeline.note');

function span(events: readonly Event[]): Text {
  const first = events[0]!.when.date;
  const last = events[events.length - 1]!.when.date;
  const a = formatDate(first);
  const b = formatDate(last);
  return a === b ? a : msg('timeline.span', { from: a, to: b });
}

function undatedNote(kb: Knowledge): Text[] {
  const n = kb.events.undatedContacts;
  return n ? [msg('timeline.undated', { n })] : [];
}

/** Longer timelines leave quotes out: each entry stays one heading and one line, and /on quotes a day. */
const QUOTED_MAX = 200;

function listed(kb: Knowledge, events: readonly Event[]) {
  const quotes = events.length <= QUOTED_MAX ? 1 : 0;
  return events.map((e) => eventItem(kb, e, { quotes, quoteChars: 160, compact: true }));
}

function quoteNote(events: readonly Event[]): Text[] {
  return events.length > QUOTED_MAX ? [msg('timeline.no-quotes', { max: QUOTED_MAX })] : [];
}

/**
 * @example timelineAnswer(kb).items[0].heading // 'May 2021 · Xi Jinping appeared together with Vladimir Putin'
 * @example timelineAnswer(kb, 'लावरोव').title // 'Timeline: Sergey Lavrov (सर्गेई लावरोव)'
 */
export function timelineAnswer(kb: Knowledge, person?: string): Answer {
  const asked = person?.trim().replace(/\s+/gu, ' ');
  if (!asked) {
    const events = kb.events.events;
    if (events.length === 0) return { status: 'empty', title: msg('timeline.title'), intro: msg('timeline.none'), items: [], notes: undatedNote(kb) };
    return { status: 'ok', title: msg('timeline.title'), intro: msg('timeline.intro', { n: events.length, span: span(events) }), items: listed(kb, events), notes: [NOTE, ...quoteNote(events), ...undatedNote(kb)] };
  }
  if (asked.length > MAX_NAME_CHARS) return { status: 'user-error', title: msg('timeline.title'), intro: msg('timeline.too-long', { max: MAX_NAME_CHARS }), items: [] };
  const { person: found, alternatives } = findPerson(kb.people, asked);
  if (!found) {
    return { status: 'user-error', title: msg('timeline.title-of', { person: asked }), intro: [msg('timeline.unknown', { name: asked }), closestNames(kb.people, asked)], items: [] };
  }
  const title = msg('timeline.title-of', { person: personLabel(found) });
  const also = alsoMatching(asked, alternatives);
  const events = kb.events.byParticipant.get(`person:${found.id}`) ?? [];
  if (events.length === 0) {
    return { status: 'empty', title, intro: msg('timeline.person-none', { about: namedIn(found, false) }), items: [], notes: also };
  }
  return { status: 'ok', title, intro: msg('timeline.person-intro', { n: events.length, name: found.display, span: span(events) }), items: listed(kb, events), notes: [...also, NOTE, ...quoteNote(events)] };
}
