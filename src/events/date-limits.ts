/**
 * A date that limits a time rather than placing a happening: "after August 31", "since 15
 * August", "31 अगस्त तक", "بحلول 31 أغسطس". "X will allow people to leave after August 31" tells
 * of no happening on the 31st, so such a date dates nothing in its sentence, and the sentence does
 * not borrow another one's day either. The words are the language pack's `dateLimits`.
 */
import { phrasePattern } from '../dates/patterns.ts';
import { perPack } from '../languages/index.ts';
import type { DateMention } from '../dates/types.ts';
import type { LanguagePack } from '../languages/types.ts';
import type { Lang } from '../types.ts';

interface Limits {
  before?: RegExp;
  after?: RegExp;
}

const alternatives = (ws: readonly string[]) => ws.map(phrasePattern).join('|');

const limitsOf = perPack((pack: LanguagePack): Limits => {
  const words = pack.dateLimits;
  return {
    ...(words?.before?.length ? { before: new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alternatives(words.before)})[\\s\\u00a0]*$`, 'iu') } : {}),
    ...(words?.after?.length ? { after: new RegExp(`^[\\s\\u00a0]*(?:${alternatives(words.after)})(?![\\p{L}\\p{M}])`, 'u') } : {}),
  };
});

/** Letters looked at on each side of a date. */
const REACH = 16;

/**
 * Whether the paragraph's words right around a date make it a limit.
 * @example isDateLimit('They may leave after August 31.', mention, 'eng') // true for "August 31"
 */
export function isDateLimit(paragraph: string, d: Pick<DateMention, 'start' | 'end'>, lang: Lang): boolean {
  const { before, after } = limitsOf(lang) ?? {};
  return (before?.test(paragraph.slice(Math.max(0, d.start - REACH), d.start)) ?? false) || (after?.test(paragraph.slice(d.end, d.end + REACH)) ?? false);
}
