/**
 * A happening told a number of days apart from the sentence's main one: "The meeting is being held
 * a day after X arrived in Islamabad" (the arrival is the meeting's day less one), "ويأتي الاجتماع
 * قبل يوم على انطلاق قمة …" (the summit is the day after the meeting), "शिखर सम्मेलन से एक दिन
 * पहले हुई बैठक" (the summit the day after), "बैठक के दो दिन बाद". The other happening takes the
 * main one's day, however that was found (its own words, "the meeting" told before), moved by
 * the days the phrase names; the phrase is the date words shown.
 * The phrases are each pack's `daysApart`: English and Arabic put them before the other
 * happening, Hindi after it.
 */
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import { packFor, perPack } from '../languages/index.ts';

interface Apart {
  words: readonly string[];
  /** Days from the main happening to the other one. */
  days: number;
}

/* Each pack's phrases as folded words. */
const PHRASES = perPack((pack) => (pack.daysApart?.phrases ?? []).map(([text, days]): Apart => ({ words: text.split(' ').map(foldTerm), days })));
const GAPS = perPack((pack) => new Set((pack.daysApart?.gap ?? []).map(foldTerm)));

/** Words between a phrase before the other trigger and that trigger (its subject: "a day after the acting Foreign Minister … arrived"). */
const REACH_AFTER = 24;
/** Words between the other trigger and a phrase that follows it ("बैठक शुरू होने से एक दिन पहले"). */
const REACH_BEFORE = 2;

export interface ApartAt {
  /** Token range of the phrase. */
  first: number;
  end: number;
  days: number;
}

function phraseAt(toks: readonly Tok[], k: number, list: readonly Apart[]): ApartAt | undefined {
  for (const a of list) if (a.words.every((w, i) => toks[k + i]?.forms.includes(w))) return { first: k, end: k + a.words.length, days: a.days };
  return undefined;
}

/** The phrase, if any, that sets the trigger at token `first`…`end` some days apart from the sentence's main happening. */
export function apartPhrase(toks: readonly Tok[], lang: string, first: number, end: number): ApartAt | undefined {
  const list = PHRASES(lang);
  if (!list?.length) return undefined;
  if (packFor(lang)?.daysApart?.follows) {
    for (let k = end; k <= Math.min(toks.length - 1, end + REACH_BEFORE); k++) {
      const p = phraseAt(toks, k, list);
      if (p) return p;
      // Only the start of what happened may stand between ("बैठक शुरू होने से एक दिन पहले"); anything else is another noun's.
      if (!GAPS(lang)?.has(toks[k]!.fold)) return undefined;
    }
    return undefined;
  }
  for (let k = first - 1; k >= Math.max(0, first - REACH_AFTER); k--) {
    const p = phraseAt(toks, k, list);
    if (p && p.end <= first) return p;
    // A comma or a clause break between: the phrase is another clause's.
    if (toks[k + 1]!.breakBefore) return undefined;
  }
  return undefined;
}
