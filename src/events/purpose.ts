/**
 * A meeting noun that says what a journey was for is no happening of its own: in "arrived in
 * Tehran on Thursday for talks with Iranian officials", "arrived in Dushanbe to attend the SCO
 * summit", "وصل إلى طهران للقاء المسؤولين", "… للمشاركة في أعمال القمة" or "शिखर सम्मेलन में
 * भाग लेने के लिए दुशांबे पहुंचे" the journey is what happened and the noun its purpose (read by
 * the roles from the lexicon's purpose words). The phrases that say so are the language pack's
 * `attending`: in English and Arabic they stand between the journey verb and the noun, with a few
 * words of the meeting's name between ("to attend the Shanghai Cooperation Organisation summit");
 * in Hindi right after the noun, the journey verb further on.
 */
import type { Tok } from '../grammar/tokens.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { TRIGGERS } from '../grammar/triggers.ts';
import { words } from './roles-common.ts';

/** Arabic verbal nouns of purpose before a meeting noun, found without their ل ("لإجراء محادثات", "لحضور القمة"). */
const ARABIC_PURPOSE_VERBS = words('إجراء عقد حضور المشاركة بحث');
const LAM = /^[وف]?ل/u;
/** Words of a meeting's name between an attending phrase and its noun ("the SCO heads of state summit"). */
const NAME_REACH = 6;
/* A clause between the phrase and the noun ("arrived for the first time since the talks"): the noun is not what it names. */
const CLAUSE_WORDS = words('since after before when while that which who where because and but');

const attendingOf = perPack((pack) => (pack.attending ?? []).map((p) => p.split(' ').map(foldTerm)));

/** Whether the Arabic word is a lexicon entry only once a glued ل is taken off ("للقاء" but not "لقاء"). */
function gluedLam(t: Tok): boolean {
  return LAM.test(t.fold) && !TRIGGERS.match([{ ...t, forms: [t.fold], clitics: [0] }], 0);
}

/** The end of an attending phrase starting at token `k`, else -1. */
function phraseAt(toks: readonly Tok[], k: number, phrases: ReadonlyArray<readonly string[]>): number {
  for (const p of phrases) if (p.every((w, i) => toks[k + i]?.forms.includes(w))) return k + p.length;
  return -1;
}

/** An attending phrase ending at most NAME_REACH words before the noun, after `from`, with no comma between. */
function attendedBefore(toks: readonly Tok[], noun: number, from: number, phrases: ReadonlyArray<readonly string[]>): boolean {
  for (let k = noun - 1; k >= Math.max(from, noun - NAME_REACH - 4); k--) {
    const end = phraseAt(toks, k, phrases);
    if (end >= 0 && end <= noun && noun - end <= NAME_REACH) return true;
    if ((toks[k + 1]?.breakBefore && k + 1 <= noun) || CLAUSE_WORDS.has(toks[k]!.fold)) return false;
  }
  return false;
}

export interface JourneySpan {
  first: number;
  end: number;
}

/**
 * @param noun index of the meeting noun's first token, `nounEnd` its end
 * @param journey the journey verb of the sentence (undefined when it has none)
 * @example isJourneyPurpose(toks, 'eng', 8, 9, { first: 2, end: 3 }) // true for "Qureshi arrived in Tehran on Thursday for talks"
 */
export function isJourneyPurpose(toks: readonly Tok[], lang: string, noun: number, nounEnd: number, journey: JourneySpan | undefined): boolean {
  if (!journey) return false;
  const phrases = attendingOf(lang) ?? [];
  if (lang === 'hin') {
    // The noun, the phrase right after it, then the journey verb.
    const end = phraseAt(toks, nounEnd, phrases);
    return end >= 0 && end <= journey.first;
  }
  if (journey.end > noun) return false;
  if (attendedBefore(toks, noun, journey.end, phrases)) return true;
  if (lang === 'arb') {
    const before = toks[noun - 1];
    return gluedLam(toks[noun]!) || (before !== undefined && noun - 1 >= journey.end && LAM.test(before.fold) && before.forms.some((f) => ARABIC_PURPOSE_VERBS.has(f)));
  }
  return false;
}
