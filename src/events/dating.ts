/**
 * Dates for an article's happenings, only as far as the text supports them:
 * 1. a date in the sentence itself;
 * 2. else the date of the same happening told elsewhere in the article — a happening of the same
 *    kind, sharing a participant, in the same paragraph or told by the headline — when all such
 *    tellings agree on one date (a lead sentence "Russia invited the Taliban" followed by "on
 *    Thursday … an invitation was given to the Taliban");
 * 2b. else, for a meeting named as one already told of ("the meeting", "الاجتماع", "इस बैठक"), the
 *    date of the nearest dated meeting in the same paragraph one or two sentences before;
 * 3. else, for a happening reported as done (not announced, not marked as earlier: "पहले",
 *    "था", "earlier", "في وقت سابق"), the date of the sentence it directly continues in the same
 *    paragraph: one that opens with a connective of simultaneity or a pronoun ("वहीं", "meanwhile",
 *    "he"), or whose actor the previous sentence already names.
 * A sentence with date words of its own that cannot be read (a weekday in an article of unknown
 * date) or that only limit a time ("after August 31") takes neither. Anything else stays undated and is left out of the timeline rather than
 * given a guessed date.
 */
import { dateKey } from '../dates/format.ts';
import type { DateMention } from '../dates/types.ts';
import type { Happening } from './happenings.ts';
import { isDateLimit } from '../grammar/date-limits.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { DateLink, EventDate } from './types.ts';
import { happeningWords } from './function-words.ts';

/** Happenings told as one: the first member carries the date. */
export interface HappeningGroup {
  members: Happening[];
  when: EventDate;
}

/** How many sentences back "the meeting" may name a dated meeting. */
const ANAPHORA_SENTENCES = 2;
/** Words at the start of a sentence searched for a connective or pronoun. */
const OPENING = 2;

function whenOf(article: number, paragraph: number, m: DateMention, link: DateLink): EventDate {
  return {
    date: m.date,
    precision: m.precision,
    key: dateKey(m.date),
    words: { text: m.text, article, paragraph, start: m.start, end: m.end, relative: m.relative },
    link,
  };
}

/** A happening its own sentence dates, told once. */
export function statedGroup(h: Happening & { date: DateMention }): HappeningGroup {
  return { members: [h], when: whenOf(h.article, h.paragraph, h.date, 'sentence') };
}

/** Whether two tellings share who acted or who was acted on (a shared topic is not enough). */
function shares(a: Happening, b: Happening): boolean {
  const ids = (h: Happening) => [h.roles.agent?.id, h.roles.target?.id].filter((id) => id !== undefined);
  const theirs = new Set(ids(b));
  return ids(a).some((id) => theirs.has(id));
}

function continues(h: Happening, view: SentenceView, previousIds: () => string[]): boolean {
  const { continuations } = happeningWords(view.lang);
  if (view.toks.slice(0, OPENING).some((t) => continuations.has(t.fold))) return true;
  return h.roles.agent !== undefined && previousIds().includes(h.roles.agent.id);
}

function anterior(view: SentenceView): boolean {
  const { anterior } = happeningWords(view.lang);
  return view.toks.some((t) => anterior.has(t.fold));
}

/**
 * @example dateHappenings(views, happenings, ids)[0].when.key // '2021-08-15'
 * @param happenings one entry per view (undefined where the sentence reports none)
 * @param entityIds the entity ids a view names, computed on demand
 */
export function dateHappenings(views: readonly SentenceView[], happenings: ReadonlyArray<Happening | undefined>, entityIds: (view: SentenceView) => string[]): HappeningGroup[] {
  const groups = new Map<Happening, HappeningGroup>();
  for (const h of happenings) {
    if (h?.date) groups.set(h, statedGroup(h as Happening & { date: DateMention }));
  }
  const anchors = [...groups.keys()];
  for (const [i, h] of happenings.entries()) {
    if (!h || h.date) continue;
    // Its own date words name a day that cannot be read here (a weekday, no publication date) or a
    // limit ("after August 31"): another sentence's day is no guess for it.
    const own = views[i]!;
    if (own.unresolvedDates.length > 0 || own.dates.some((d) => isDateLimit(own.paragraph.text, d, own.lang))) continue;
    const same = anchors.filter((a) => a.kind === h.kind && a.planned === h.planned && (a.paragraph === h.paragraph || h.paragraph === 0) && shares(a, h));
    if (same.length > 0 && new Set(same.map((a) => dateKey(a.date!.date))).size === 1) {
      const nearest = [...same].sort((a, b) => Math.abs(a.order - h.order) - Math.abs(b.order - h.order))[0]!;
      groups.get(nearest)!.members.push(h);
      continue;
    }
    // "the meeting" just after a dated meeting of the same paragraph is that meeting ("… will
    // participate in the Troika Plus meeting today. Qureshi will inaugurate the meeting.").
    // Not when the sentence names a time of its own, even a year ("the first two meetings were held in 2018 and 2019").
    const told = h.definite && own.dates.length === 0 ? anchors.filter((a) => a.kind === h.kind && a.paragraph === h.paragraph && a.order < h.order && h.order - a.order <= ANAPHORA_SENTENCES) : [];
    if (told.length > 0) {
      groups.get(told.reduce((a, b) => (b.order > a.order ? b : a)))!.members.push(h);
      continue;
    }
    // "the Troika Plus meeting" anywhere after the dated "Troika Plus Meeting" is that meeting, when all its dated tellings agree.
    // Else "the meeting" further on is the one meeting the article dated before it, when all its dated meetings agree.
    const earlier = h.definite && own.dates.length === 0 ? anchors.filter((a) => a.kind === h.kind && a.order < h.order) : [];
    const named = earlier.filter((a) => h.name && a.name === h.name);
    for (const same of [named, earlier]) {
      if (same.length === 0 || new Set(same.map((a) => dateKey(a.date!.date))).size !== 1) continue;
      groups.get(same.reduce((a, b) => (b.order > a.order ? b : a)))!.members.push(h);
      break;
    }
    if (groups.get(h) || [...groups.values()].some((g) => g.members.includes(h))) continue;
    const view = views[i]!;
    const previous = views[i - 1];
    if (h.planned || !previous || previous.paragraph !== view.paragraph || anterior(view)) continue;
    const last = previous.dates[previous.dates.length - 1];
    if (last && continues(h, view, () => entityIds(previous))) {
      groups.set(h, { members: [h], when: whenOf(h.article, previous.paragraph.number, last, 'previous sentence') });
    }
  }
  return [...groups.values()];
}

/** A day moved by some days, as a plain date (day precision only). */
function shifted(date: EventDate['date'], days: number): EventDate['date'] | undefined {
  if (date.day === undefined || date.month === undefined) return undefined;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Happenings told some days apart from their sentence's main one ("a day after X arrived"): each
 * takes the main one's day, however it was found, moved by its days; the phrase is its date words.
 * @example apartGroups(groups, [{ happening: arrival, main: meeting }])[0].when.key // the meeting's day less one
 */
export function apartGroups(groups: readonly HappeningGroup[], aparts: ReadonlyArray<{ happening: Happening; main: Happening }>): HappeningGroup[] {
  const out: HappeningGroup[] = [];
  for (const { happening: h, main } of aparts) {
    const when = groups.find((g) => g.members.includes(main))?.when;
    const date = when && h.apart && when.precision === 'day' ? shifted(when.date, h.apart.days) : undefined;
    if (!date || !h.apart) continue;
    const words = { text: h.apart.text, article: h.article, paragraph: h.paragraph, start: h.apart.start, end: h.apart.end, relative: true };
    out.push({ members: [h], when: { date, precision: 'day', key: dateKey(date), words, link: 'sentence' } });
  }
  return out;
}
