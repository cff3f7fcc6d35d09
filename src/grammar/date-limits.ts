/**
 * Dates that do not tell when their clause took place:
 * - a limit of time: "after August 31", "since 15 August", "31 अगस्त तक", "بحلول 31 أغسطس". "X
 *   will allow people to leave after August 31" tells of no happening on the 31st, and "X and Y
 *   have clashed since 2005" of no contact in 2005 (pack field `dateLimits`);
 * - the name of a thing talked about: "the two discussed the approaching 31 August deadline",
 *   "ناقشا اقتراب موعد 31 أغسطس" (pack field `dateNames`).
 * Such a date dates nothing in its sentence (events/happenings.ts, events/dating.ts, contacts/when.ts).
 */
import { phrasePattern } from '../dates/patterns.ts';
import { perPack } from '../languages/index.ts';
import type { DateMention } from '../dates/types.ts';
import type { LanguagePack } from '../languages/types.ts';
import type { Lang } from '../types.ts';

interface Around {
  before?: RegExp;
  after?: RegExp;
}

const alternatives = (ws: readonly string[]) => ws.map(phrasePattern).join('|');

function aroundOf(words: { before?: readonly string[]; after?: readonly string[] } | undefined): Around {
  return {
    ...(words?.before?.length ? { before: new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alternatives(words.before)})[\\s\\u00a0]*$`, 'iu') } : {}),
    ...(words?.after?.length ? { after: new RegExp(`^[\\s\\u00a0]*(?:${alternatives(words.after)})(?![\\p{L}\\p{M}])`, 'iu') } : {}),
  };
}

const limitsOf = perPack((pack: LanguagePack): Around => aroundOf(pack.dateLimits));
const namesOf = perPack((pack: LanguagePack): Around => aroundOf(pack.dateNames));

/** Letters looked at on each side of a date. */
const REACH = 16;

function around({ before, after }: Around, paragraph: string, d: Pick<DateMention, 'start' | 'end'>): boolean {
  return (before?.test(paragraph.slice(Math.max(0, d.start - REACH), d.start)) ?? false) || (after?.test(paragraph.slice(d.end, d.end + REACH)) ?? false);
}

/**
 * Whether the paragraph's words right around a date make it a limit.
 * @example isDateLimit('They may leave after August 31.', mention, 'eng') // true for "August 31"
 */
export function isDateLimit(paragraph: string, d: Pick<DateMention, 'start' | 'end'>, lang: Lang): boolean {
  return around(limitsOf(lang) ?? {}, paragraph, d);
}

/**
 * Whether the paragraph's words right around a date make it the name of a thing talked about.
 * @example namesThing('They discussed the 31 August deadline.', mention, 'eng') // true for "31 August"
 */
export function namesThing(paragraph: string, d: Pick<DateMention, 'start' | 'end'>, lang: Lang): boolean {
  return around(namesOf(lang) ?? {}, paragraph, d);
}
