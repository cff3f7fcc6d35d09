/**
 * A meeting noun that says what a journey was for is no happening of its own: in "arrived in
 * Tehran on Thursday for talks with Iranian officials", "وصل إلى طهران للقاء المسؤولين" or
 * "… لإجراء محادثات" the journey is what happened and the noun its purpose (read by the roles from
 * the lexicon's purpose words). Hindi needs nothing here: its meeting nouns after "के लिए"
 * ("बातचीत के लिए") take no finite verb, so they are no triggers.
 */
import type { Tok } from '../grammar/tokens.ts';
import { TRIGGERS } from './lexicon.ts';
import { words } from './roles-common.ts';

const FOR = words('for');
const ARTICLES = words('a an the');
/** Arabic verbal nouns of purpose before a meeting noun, found without their ل ("لإجراء محادثات", "لحضور القمة"). */
const ARABIC_PURPOSE_VERBS = words('إجراء عقد حضور المشاركة بحث');
const LAM = /^[وف]?ل/u;

/** Whether the Arabic word is a lexicon entry only once a glued ل is taken off ("للقاء" but not "لقاء"). */
function gluedLam(t: Tok): boolean {
  return LAM.test(t.fold) && !TRIGGERS.match([{ ...t, forms: [t.fold], clitics: [0] }], 0);
}

/**
 * @param noun index of the meeting noun's first token
 * @param journeyEnd end of the journey verb before it (undefined when the sentence has none)
 * @example isJourneyPurpose(toks, 'eng', 8, 3) // true for "Qureshi arrived in Tehran on Thursday for talks"
 */
export function isJourneyPurpose(toks: readonly Tok[], lang: string, noun: number, journeyEnd: number | undefined): boolean {
  if (journeyEnd === undefined || journeyEnd > noun) return false;
  if (lang === 'eng') {
    const k = ARTICLES.has(toks[noun - 1]?.fold ?? '') ? noun - 2 : noun - 1;
    return k >= journeyEnd && FOR.has(toks[k]!.fold);
  }
  if (lang === 'arb') {
    const before = toks[noun - 1];
    return gluedLam(toks[noun]!) || (before !== undefined && noun - 1 >= journeyEnd && LAM.test(before.fold) && before.forms.some((f) => ARABIC_PURPOSE_VERBS.has(f)));
  }
  return false;
}
