/**
 * A meeting noun followed by a scheduling word and a day: "an extraordinary session of the OIC
 * Council of Foreign Ministers, scheduled to take place on December 19", "القمة المقررة في 20
 * أكتوبر". That day is the meeting's, announced, even where another day stands nearer to the noun
 * ("delegates reached Islamabad on Friday to attend an extraordinary session …, scheduled to take
 * place on December 19": Friday is the journey's). Languages that put the day before the noun
 * (Hindi "20 अक्टूबर को होने वाली बैठक") need no such words: the nearest day before is the
 * meeting's. The words are the language pack's `scheduling`.
 */
import type { DateMention } from '../dates/types.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';

const schedulingOf = perPack((pack) => new Set((pack.scheduling ?? []).map(foldTerm)));

/** Words from the noun to the scheduling word (a body's long name between: "session of the Organisation of Islamic Cooperation (OIC) Council of Foreign Ministers, scheduled"). */
const NOUN_REACH = 14;
/** Words from the scheduling word to the day ("scheduled to be held in Islamabad on"). */
const REACH = 8;

/**
 * The day a scheduling word after the noun trigger ending at token `end` gives it, if any; the
 * word must come before `bound` (the next trigger: a scheduling word after it is that one's).
 * @example scheduledDate(view, 6, view.dates)?.text // 'December 19' in "… session, scheduled to take place on December 19"
 */
export function scheduledDate(view: SentenceView, end: number, dates: readonly DateMention[], bound = view.toks.length): DateMention | undefined {
  const words = schedulingOf(view.lang);
  if (!words || words.size === 0) return undefined;
  const { toks } = view;
  for (let k = end; k < Math.min(bound, end + NOUN_REACH); k++) {
    if (!toks[k]!.forms.some((f) => words.has(f))) continue;
    const last = toks[Math.min(toks.length, k + 1 + REACH) - 1]!;
    return dates.filter((d) => d.start >= toks[k]!.end && d.start < last.end).sort((a, b) => a.start - b.start)[0];
  }
  return undefined;
}
