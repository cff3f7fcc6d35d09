/**
 * "What happened on <date>?" in English, Hindi and Arabic: a date written in the question (any
 * script, any form the article date finders read) together with a word for happening ("happened",
 * "हुआ", "حدث"), or a date and nothing else of substance. A day or month written without a year
 * ("on 16 August") takes the year in which the events have that day — the nearest such year to
 * the latest events — and the answer says so.
 */
import { findDateMentions } from '../dates/find.ts';
import { dateKey, ENGLISH_MONTHS } from '../dates/format.ts';
import type { DateMention, PartialDate } from '../dates/types.ts';
import type { EventsKnowledge } from '../events/lookup.ts';
import { msg, type Text } from '../i18n/message.ts';
import { contentWords } from './keywords.ts';

const HAPPEN = /(?<![\p{L}\p{M}])(?:happen(?:ed|s|ing)?|occur(?:red|s)?|events?|going on|news|हुआ|हुई|हुए|घटना|घटनाएं|घटनाएँ|घटित|حدث|يحدث|جرى|يجري|وقع|حصل|أحداث|الأحداث)(?![\p{L}\p{M}])/iu;

/* Two references months apart: a date that resolves to the same month and day under both was
 * written without a year; a weekday or "yesterday" resolves differently and is not a date here. */
const PROBES = ['2001-12-31', '2003-06-30'] as const;

export interface AskedDate {
  /** What to give /on: 'YYYY-MM-DD' or 'YYYY-MM'. */
  input: string;
  /** Said in the answer when the year was chosen. */
  note?: Text;
}

function yearless(question: string): { mention: DateMention; month: number; day?: number } | undefined {
  const [a, b] = PROBES.map((ref) => findDateMentions(question, 'und', ref).filter((m) => m.precision !== 'year'));
  for (const m of a!) {
    const twin = b!.find((n) => n.start === m.start && n.end === m.end);
    if (twin && twin.date.month === m.date.month && twin.date.day === m.date.day && twin.date.year !== m.date.year) {
      return { mention: m, month: m.date.month!, ...(m.date.day ? { day: m.date.day } : {}) };
    }
  }
  return undefined;
}

/** The year for a month(-day) without one: nearest, to the latest event year, of the years having such events. */
function chooseYear(ev: EventsKnowledge, month: number, day: number | undefined): { year: number; found: boolean } | undefined {
  const last = ev.keys[ev.keys.length - 1];
  if (!last) return undefined;
  const latest = Number(last.slice(0, 4));
  const suffix = dateKey({ year: 2000, month, ...(day ? { day } : {}) }).slice(4);
  const years = ev.keys.filter((k) => (day ? k.endsWith(suffix) && k.length === 10 : k.slice(4, 7) === suffix)).map((k) => Number(k.slice(0, 4)));
  if (years.length === 0) return { year: latest, found: false };
  const year = years.reduce((best, y) => (Math.abs(y - latest) < Math.abs(best - latest) || (Math.abs(y - latest) === Math.abs(best - latest) && y > best) ? y : best));
  return { year, found: true };
}

function asInput(d: PartialDate): string {
  return dateKey(d.day ? d : { year: d.year, month: d.month });
}

/**
 * @example askedDate('What happened on 16 August 2021?', ev) // { input: '2021-08-16' }
 * @example askedDate('ماذا حدث في 16 أغسطس؟', ev)?.note // 'No year given: 2021 is the year the articles have events on 16 August.'
 */
export function askedDate(question: string, ev: EventsKnowledge): AskedDate | undefined {
  const absolute = findDateMentions(question, 'und').find((m) => m.precision !== 'year');
  const loose = absolute ? undefined : yearless(question);
  const mention = absolute ?? loose?.mention;
  if (!mention) return undefined;
  const rest = question.slice(0, mention.start) + ' ' + question.slice(mention.end);
  if (!HAPPEN.test(question) && contentWords(rest).length > 0) return undefined;
  if (absolute) return { input: asInput(absolute.date) };
  const { month, day } = loose!;
  const chosen = chooseYear(ev, month, day);
  if (!chosen) return undefined;
  const date: PartialDate = { year: chosen.year, month, ...(day ? { day } : {}) };
  const spoken = `${day ? `${day} ` : ''}${ENGLISH_MONTHS[month - 1]}`;
  const note = msg(chosen.found ? 'ask.year-chosen' : 'ask.year-latest', { year: chosen.year, spoken });
  return { input: asInput(date), note };
}
