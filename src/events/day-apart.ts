/**
 * A happening told a number of days apart from the sentence's main one: "The meeting is being held
 * a day after X arrived in Islamabad" (the arrival is the meeting's day less one), "ويأتي الاجتماع
 * قبل يوم على انطلاق قمة …" (the summit is the day after the meeting), "शिखर सम्मेलन से एक दिन
 * पहले हुई बैठक" (the summit the day after), "बैठक के दो दिन बाद". The other happening takes the
 * main one's day, however that was found (its own words, "the meeting" told before), moved by
 * the days the phrase names; the phrase is the date words shown.
 * English and Arabic put the phrase before the other happening, Hindi after it.
 */
import type { Tok } from '../grammar/tokens.ts';
import { foldTerm } from '../text/normalize.ts';
import { words } from './roles-common.ts';

interface Apart {
  words: readonly string[];
  /** Days from the main happening to the other one. */
  days: number;
}

const phrase = (text: string, days: number): Apart => ({ words: text.split(' ').map(foldTerm), days });

/* "a day after X arrived": X was the day before the main happening (-1). */
const ENGLISH: Apart[] = [
  ...['a day', 'one day', 'the day'].flatMap((d) => [phrase(`${d} after`, -1), phrase(`${d} before`, 1)]),
  ...['two days', '2 days'].flatMap((d) => [phrase(`${d} after`, -2), phrase(`${d} before`, 2)]),
];
/* "قبل يوم على/من انطلاق القمة": the summit the day after (+1); "بعد يوم من وصوله": the arrival the day before. */
const ARABIC: Apart[] = ['على', 'من'].flatMap((p) => [
  phrase(`قبل يوم ${p}`, 1), phrase(`بعد يوم ${p}`, -1), phrase(`قبل يومين ${p}`, 2), phrase(`بعد يومين ${p}`, -2),
]);
/* "X से एक दिन पहले": X the day after (+1); "X के एक दिन बाद": X the day before (-1). */
const HINDI: Apart[] = [
  phrase('से एक दिन पहले', 1), phrase('के एक दिन बाद', -1), phrase('से दो दिन पहले', 2), phrase('के दो दिन बाद', -2),
  phrase('से एक दिन पूर्व', 1), phrase('से एक रोज पहले', 1),
];
const BY_LANG: Readonly<Record<string, Apart[]>> = { eng: ENGLISH, arb: ARABIC, hin: HINDI };

/** Words between an English or Arabic phrase and the other trigger (its subject: "a day after the acting Foreign Minister … arrived"). */
const REACH_AFTER = 24;
/** Words between a Hindi trigger and the phrase after it ("बैठक शुरू होने से एक दिन पहले"). */
const REACH_BEFORE = 2;
const HINDI_GAP = words('शुरू होने आरंभ');

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
  const list = BY_LANG[lang];
  if (!list) return undefined;
  if (lang === 'hin') {
    for (let k = end; k <= Math.min(toks.length - 1, end + REACH_BEFORE); k++) {
      const p = phraseAt(toks, k, list);
      if (p) return p;
      // Only the start of what happened may stand between ("बैठक शुरू होने से एक दिन पहले"); anything else is another noun's.
      if (!HINDI_GAP.has(toks[k]!.fold)) return undefined;
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
