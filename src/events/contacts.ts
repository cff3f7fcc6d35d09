/**
 * Contacts between people (meetings, calls, talks, invitations, joint appearances), as the people
 * analysis merged them across articles, turned into events. The contact carries its date; the
 * words that date came from are found again among the date mentions of the reporting articles:
 * the same date stated inside a reporting sentence first, else in its paragraph, else in the
 * nearest paragraph (an earlier one before a later one such as a tweet's date line). The
 * synopsis follows that dated sentence: its grammatical subject (the first name of its evidence)
 * is the agent — "Wang Yi spoke by phone with Sergey Lavrov" when the sentence says so.
 */
import { dateKey } from '../dates/format.ts';
import type { DateMention } from '../dates/types.ts';
import type { Contact, Evidence } from '../contacts/types.ts';
import type { PeopleKnowledge, Person } from '../people/types.ts';
import { synopsis } from './synopsis.ts';
import type { DateWords, Event, EventDate, Participant } from './types.ts';

/** Date mentions of the reporting articles, found on demand. */
export interface DateSource {
  paragraphs(article: number): readonly number[];
  dates(article: number, paragraph: number): readonly DateMention[];
}

/** A person as a participant. */
export function personParticipant(p: Person): Participant {
  return { id: `person:${p.id}`, name: p.display, article: false };
}

function placeParticipant(place: string): Participant {
  return { id: `place:${place.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}`, name: place, article: false };
}

function inside(e: Evidence, paragraph: number, m: DateMention): boolean {
  return paragraph === e.paragraph && m.start >= e.start && m.end <= e.end;
}

/** Lower is closer: inside the sentence, its paragraph, an earlier paragraph, a later one. */
function distance(e: Evidence, paragraph: number, m: DateMention): number {
  if (inside(e, paragraph, m)) return 0;
  const gap = paragraph - e.paragraph;
  if (gap === 0) return 1;
  return gap < 0 ? 1 - gap : 1_000 + gap;
}

function dateOf(c: Contact, source: DateSource): EventDate {
  const key = dateKey(c.date!);
  let best: { words: DateWords; score: number } | undefined;
  const consider = (e: Evidence, paragraph: number) => {
    for (const m of source.dates(e.article, paragraph)) {
      if (dateKey(m.date) !== key) continue;
      const score = distance(e, paragraph, m);
      if (!best || score < best.score) best = { score, words: { text: m.text, article: e.article, paragraph, start: m.start, end: m.end, relative: m.relative } };
    }
  };
  for (const e of c.evidence) consider(e, e.paragraph);
  // Only when no reporting paragraph states the date are the rest of the articles read.
  if (!best) for (const e of c.evidence) for (const p of source.paragraphs(e.article)) if (p !== e.paragraph) consider(e, p);
  const precision = c.date!.day !== undefined ? 'day' : c.date!.month !== undefined ? 'month' : 'year';
  return { date: c.date!, precision, key, ...(best ? { words: best.words } : {}), link: best?.score === 0 ? 'sentence' : 'context' };
}

/** The person named first (the subject) in the evidence sentence holding the date words, when it names both. */
function subjectOf(c: Contact, words: DateWords | undefined, personAt: PersonAt): string | undefined {
  if (!words) return undefined;
  const e = c.evidence.find((x) => x.article === words.article && x.paragraph === words.paragraph && words.start >= x.start && words.end <= x.end);
  const first = e && e.names.length === 2 ? e.names[0]! : undefined;
  return first ? personAt(e!.article, e!.paragraph, first[0]) : undefined;
}

/** The registry id of the person whose name starts at a paragraph offset. */
export type PersonAt = (article: number, paragraph: number, start: number) => string | undefined;

/**
 * The dated contacts as events, and how many contacts the text gives no date for.
 * @example contactEvents(people, dates, personAt).events[0].synopsis // 'Xi Jinping appeared together with Vladimir Putin'
 */
export function contactEvents(kb: PeopleKnowledge, dates: DateSource, personAt: PersonAt): { events: Event[]; undated: number } {
  const people = new Map(kb.people.map((p) => [p.id, p]));
  const events: Event[] = [];
  let undated = 0;
  for (const c of kb.contacts) {
    const a = people.get(c.a);
    const b = people.get(c.b);
    if (!c.date || !a || !b) {
      undated++;
      continue;
    }
    const when = dateOf(c, dates);
    const [agent, target] = subjectOf(c, when.words, personAt) === b.id ? [b, a] : [a, b];
    const roles = { agent: personParticipant(agent), target: personParticipant(target), ...(c.place ? { place: placeParticipant(c.place) } : {}) };
    const sources = c.evidence.map((e) => {
      const marks: Array<[number, number]> = [...e.names];
      const w = when.words;
      if (w && w.article === e.article && w.paragraph === e.paragraph && w.start >= e.start && w.end <= e.end) marks.push([w.start, w.end]);
      return { article: e.article, paragraph: e.paragraph, start: e.start, end: e.end, marks: marks.sort((x, y) => x[0] - y[0]) };
    });
    events.push({
      id: `${when.key}|${c.kind}|${c.a}|${c.b}${c.planned ? '|planned' : ''}`,
      kind: c.kind,
      planned: c.planned,
      when,
      roles,
      participants: Object.values(roles).map((p) => p.id),
      synopsis: synopsis(c.kind, c.planned, roles),
      sources,
    });
  }
  return { events, undated };
}
