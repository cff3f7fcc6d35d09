/**
 * Reads the date a user types into a command such as `/on`. Strict by design: a date the bot
 * misreads silently is worse than a clear refusal, so anything that is not one of the accepted
 * forms, or is not a real calendar day, gets a message that lists the accepted forms.
 * Hindi and Arabic spellings ("16 अगस्त 2021", "٢٥ أغسطس ٢٠٢١") are accepted too, through the same
 * finders that read the articles.
 */
import { daysInMonth, isValidDay } from './calendar.ts';
import { findDateMentions } from './find.ts';
import { ENGLISH_MONTHS } from './format.ts';
import { DIGIT, readNumber } from './patterns.ts';
import type { PartialDate, Precision } from './types.ts';

export type UserDateResult = { ok: true; date: PartialDate; precision: Precision } | { ok: false; message: string };

export const ACCEPTED_FORMS =
  'Accepted forms: 2021-08-16, 16 Aug 2021, 16 August 2021, August 16 2021, 16/08/2021 (day first), ' +
  'or a whole month: 2021-08, August 2021.';

const MONTH_BY_NAME = new Map<string, number>();
ENGLISH_MONTHS.forEach((name, i) => {
  MONTH_BY_NAME.set(name.toLowerCase(), i + 1);
  MONTH_BY_NAME.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_BY_NAME.set('sept', 9);

const ANY_DIGIT = new RegExp(DIGIT, 'gu');
const ORDINAL = '(?:st|nd|rd|th)?';

/** Accepted shapes, with the capture group holding each part (the month may be a number or a name). */
const FORMS: ReadonlyArray<{ re: RegExp; year: number; month: number; day?: number }> = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, year: 1, month: 2, day: 3 },
  { re: /^(\d{4})-(\d{1,2})$/, year: 1, month: 2 },
  { re: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/, year: 4, month: 3, day: 1 },
  { re: new RegExp(`^(\\d{1,2})${ORDINAL}\\s+([a-z]+)\\.?,?\\s+(\\d{4})$`, 'i'), year: 3, month: 2, day: 1 },
  { re: new RegExp(`^([a-z]+)\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i'), year: 3, month: 1, day: 2 },
  { re: /^([a-z]+)\.?,?\s+(\d{4})$/i, year: 2, month: 1 },
];

/** Longest echo of the user's input in a message. */
const ECHO_LIMIT = 40;

/** A placeholder "today", only to recognise relative words and refuse them. */
const PROBE_REFERENCE = '2000-01-15';

function refuse(message: string): UserDateResult {
  return { ok: false, message: `${message} ${ACCEPTED_FORMS}` };
}

function monthNumber(token: string): number | undefined {
  return /^\d+$/.test(token) ? Number(token) : MONTH_BY_NAME.get(token.toLowerCase());
}

function checked(input: string, year: number, month: number, day: number | undefined): UserDateResult {
  if (month < 1 || month > 12) return refuse(`"${input}" is not a real date: there is no month ${month}.`);
  if (day === undefined) return { ok: true, date: { year, month }, precision: 'month' };
  if (!isValidDay(year, month, day)) {
    const monthName = ENGLISH_MONTHS[month - 1];
    return refuse(`"${input}" is not a real date: ${monthName} ${year} has ${daysInMonth(year, month)} days.`);
  }
  return { ok: true, date: { year, month, day }, precision: 'day' };
}

function fromOtherScripts(input: string): UserDateResult | undefined {
  const [only, ...rest] = findDateMentions(input, 'und');
  if (!only || rest.length > 0 || only.start !== 0 || only.end !== input.length || only.precision === 'year') return undefined;
  return { ok: true, date: only.date, precision: only.precision };
}

/**
 * Parses a user-typed day or month.
 * @example parseUserDate('16/08/2021') // { ok: true, date: { year: 2021, month: 8, day: 16 }, precision: 'day' }
 * @example parseUserDate('August 2021') // { ok: true, date: { year: 2021, month: 8 }, precision: 'month' }
 * @example parseUserDate('2021-02-30') // { ok: false, message: '"2021-02-30" is not a real date: February 2021 has 28 days. Accepted forms: …' }
 */
export function parseUserDate(input: string): UserDateResult {
  const trimmed = input.trim().replace(/\s+/gu, ' ');
  if (trimmed === '') return refuse('Please give a date.');
  const shown = trimmed.length > ECHO_LIMIT ? `${trimmed.slice(0, ECHO_LIMIT - 1)}…` : trimmed;
  const ascii = trimmed.replace(ANY_DIGIT, (d) => String(readNumber(d)));
  for (const form of FORMS) {
    const m = form.re.exec(ascii);
    if (!m) continue;
    const month = monthNumber(m[form.month] ?? '');
    if (month === undefined) break;
    const day = form.day === undefined ? undefined : Number(m[form.day]);
    return checked(shown, Number(m[form.year]), month, day);
  }
  const other = fromOtherScripts(trimmed);
  if (other) return other;
  if (findDateMentions(trimmed, 'und', PROBE_REFERENCE).some((m) => m.relative)) {
    return refuse(`"${shown}" is relative; please give the calendar date itself.`);
  }
  return refuse(`Couldn't read "${shown}" as a date.`);
}
