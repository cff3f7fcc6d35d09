/**
 * People coordinated around an Arabic contact word who act together, not on each other:
 * - after a transitive verb, an unnamed object follows the pair ("استقبل X وY في الدوحة وفد
 *   طالبان", X and Y received a Taliban delegation): the two are the verb's subjects;
 * - the object is a delegation named by its head ("التقى X وY وفدا من طالبان برئاسة Z"): the
 *   pair met Z, whose name the words describing the delegation part from the verb;
 * - the pair is the subject of another verb, of attending or saying, whose object or topic is the
 *   contact word ("شارك X وY في اجتماع مجموعة العشرين", "أعلن X وY عن اجتماع"): they took part in
 *   a meeting or told of one, which says nothing of their meeting each other; "خلال لقائهما"
 *   (their meeting, in the dual) still does;
 * - an unnamed subject (an office, a delegation) stands between a transitive verb and the pair
 *   ("واستقبل أمير قطر X ونظيره Y", the emir received X and Y): the two are its objects;
 * - the pair is named by a shared office in the oblique dual after a transitive verb ("والتقى Z
 *   نائبي الرئيس X وY", Z met the president's two deputies X and Y): the dual's ending -ي marks the
 *   verb's object, whoever its subject is (an unrecognised name, an office); the nominative -ا/-ان
 *   ("التقى وزيرا الخارجية X وY") is the pair as subject, and stays reciprocal;
 * - the contact word is an invitation: no two people invite each other ("دعا X وY إلى وقف
 *   العنف" is a call they made together).
 */
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { HEADED_BY as ARABIC_HEADED_BY } from '../languages/arb/contacts.ts';
import { arabicNoun, arabicVerb } from '../text/arabicInflection.ts';
import { foldTerm } from '../text/normalize.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import { breakBetween, objectFollows } from './arabic-adjacency.ts';
import { has } from './arabic-words.ts';
import { CUES, OBJECT_OFFICES as OBJECT_OFFICES_OF, SPEECH_WORDS, foldedSet as set, type CueAt } from './cues.ts';
import { officeAsObject } from './cooccurrence.ts';

const ARABIC_CUES = CUES.of('arb')!;
const HEADED_BY = set(ARABIC_HEADED_BY.join(' '));
/* Nouns of people met without a name: a delegation, representatives, officials, leaders, members. */
const UNNAMED = new Set([...arabicNoun('وفد'), ...'ممثلين ممثلي ممثلو ممثلون مسؤولين مسؤولي مسؤولو مسؤولون قادة زعماء أعضاء ممثلا عددا'.split(' ')].map(foldTerm));
/* How many words (a place, a day) may stand between the pair and the unnamed object after it. */
const OBJECT_REACH = 6;
/* How many words describing a delegation may stand before the word naming its head ("وفدا رفيع المستوى من حركة طالبان برئاسة"). */
const DELEGATION_REACH = 8;
/* Verbs of attending and taking part, whose object is the occasion ("حضر X وY الاجتماع"). */
const ATTENDING = new Set(['حضر', 'شارك', 'ترأس'].flatMap((v) => { const f = arabicVerb(v, v); return [...f.done, ...f.future]; }).map(foldTerm));
const SPEECH = SPEECH_WORDS('arb')!;
/* A contact noun possessed by the pair ("لقائهما", "اتصالهما"): their own contact. */
const DUAL_POSSESSED = /هما$/u;

/** Whether an unnamed object (وفد, ممثلين …) follows the pair after a transitive verb before it, with only a place or a day between. */
export function unnamedObjectAfter(view: SentenceView, g: Group, c: CueAt): boolean {
  const { toks } = view;
  if (!c.cue.transitive || c.end > g.first) return false;
  for (let k = g.end; k < Math.min(toks.length, g.end + OBJECT_REACH); k++) {
    if (has(toks[k], UNNAMED)) return !breakBetween(toks, g.end, k) && objectFollows(view, g.end, k);
    if (ARABIC_CUES.match(toks, k)) return false;
  }
  return false;
}

/**
 * "التقى X وفدا من طالبان برئاسة Z": the words between the verb's subject (ending at `from`) and
 * the head's name describe the delegation met; a delegation word opens them, no clause break or
 * contact word stands among them.
 */
export function headedObject(toks: readonly Tok[], from: number, g: Group): boolean {
  const by = g.first - 1;
  if (!has(toks[by], HEADED_BY) || by - from > DELEGATION_REACH || by <= from) return false;
  let k = from;
  while (k < by && !has(toks[k], UNNAMED)) k++;
  if (k === by || k - from > 3 || breakBetween(toks, from, by)) return false;
  for (let j = from; j < by; j++) if (ARABIC_CUES.match(toks, j)) return false;
  return true;
}

/** Whether the pair is the subject of a verb of attending or saying before it, and the contact word after it is that verb's object or topic. */
export function governedElsewhere(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  if (c.i < g.end || c.cue.kind === 'joint appearance' || DUAL_POSSESSED.test(toks[c.end - 1]!.fold)) return false;
  const verb = toks[g.first - 1];
  return has(verb, ATTENDING) || has(verb, SPEECH);
}

/** Whether an office or a delegation, unnamed, stands between a transitive verb and the pair after it: the verb's subject. */
export function unnamedSubjectBefore(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  if (!c.cue.transitive || c.end >= g.first || g.first - c.end > OBJECT_REACH || breakBetween(toks, c.end, g.first)) return false;
  for (let k = c.end; k < g.first; k++) if (TITLE_WORDS.match(toks, k) || has(toks[k], UNNAMED)) return true;
  return false;
}

const OBJECT_OFFICES = OBJECT_OFFICES_OF('arb')!;

/** Whether the pair, after a transitive verb, is named by a shared office in the oblique dual ("التقى Z نائبي الرئيس X وY"). */
export function obliqueDualObject(toks: readonly Tok[], g: Group, c: CueAt): boolean {
  return c.cue.transitive === true && c.end <= g.first && officeAsObject(toks, g.members[0]!, OBJECT_OFFICES);
}

/** Whether a pair around an invitation word is read as inviting each other: never. */
export const inviting = (c: CueAt): boolean => c.cue.kind === 'invitation';

/* "كل منهما" (each of them) after a verb makes it each one's own doing. */
const EACH = set('كل');
const OF_THEM = set('منهما منهم منهن');

/**
 * "X وY، اللذان يتحدث كل منهما لغة الآخر" (who each speak the other's language): a verb whose
 * subject is "each of them" tells what each does alone, not that the two met or talked.
 */
export function eachAlone(toks: readonly Tok[], c: CueAt): boolean {
  return has(toks[c.end], EACH) && has(toks[c.end + 1], OF_THEM);
}
