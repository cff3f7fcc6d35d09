/**
 * Someone present at a meeting told just before, in Hindi news: "इस बैठक में X भी मौजूद रहे" (X too
 * was present at this meeting), "उस मुलाकात के दौरान X भी उपस्थित थे", "इस बैठक में X ने भी भाग
 * लिया" (took part). The meeting is named with a
 * demonstrative, so it is the one a sentence before told; who was present met the one who held it,
 * its subject. Whether they met its other party too the text does not say as plainly, so no contact
 * is read with them (as for Arabic attendance, arabic-attendance.ts).
 */
import { groupPhrases } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { contactToldBefore, pairClaims, type Claim } from './claim.ts';
import { foldedSet as set, RECALLING_NOUNS } from './cues.ts';

/** This, that: the meeting is one already told. */
const DEMONSTRATIVES = set('इस उस इसी उसी');
/** "बैठक में", "बैठक के दौरान". */
const IN = set('में');
const DURING = ['के', 'दौरान'].map((w) => set(w));
const ALSO = set('भी');
const PRESENT = set('मौजूद उपस्थित');
/** "ने भी भाग लिया", "ने हिस्सा लिया": took part. */
const PART = set('भाग हिस्सा');
const TOOK = set('लिया लिए ली लीं');
/** How many sentences back the meeting may be told. */
const BACK = 4;

const is = (tok: Tok | undefined, words: ReadonlySet<string>): boolean => tok !== undefined && tok.forms.some((f) => words.has(f));

/** The token after "इस बैठक में" / "इस बैठक के दौरान" at `k`, or -1; the meeting nouns are the pack's `recalledBy`. */
function afterThisMeeting(toks: readonly Tok[], k: number, meetings: ReadonlySet<string>): number {
  if (!is(toks[k], DEMONSTRATIVES) || !is(toks[k + 1], meetings)) return -1;
  if (is(toks[k + 2], IN)) return k + 3;
  return is(toks[k + 2], DURING[0]!) && is(toks[k + 3], DURING[1]!) ? k + 4 : -1;
}

/**
 * Contacts of the people a sentence says were present at "this meeting" with the subject of the
 * contact last told in the sentences just before (`readClaims` reads a sentence's own contacts).
 */
export function presenceClaims(view: SentenceView, views: readonly SentenceView[], readClaims: (v: SentenceView) => Claim[]): Claim[] {
  const { toks } = view;
  const meetings = RECALLING_NOUNS(view.lang);
  if (!meetings) return [];
  const groups = groupPhrases(toks, view.phrases);
  for (let k = 0; k < toks.length; k++) {
    const from = afterThisMeeting(toks, k, meetings);
    if (from < 0) continue;
    const g = groups.find((g) => g.first === from && (g.hindiCase === 'nominative' || g.hindiCase === 'ergative'));
    if (!g) return [];
    const at = is(toks[g.after], ALSO) ? g.after + 1 : g.after;
    const present = g.hindiCase === 'nominative' ? is(toks[at], PRESENT) : is(toks[at], PART) && is(toks[at + 1], TOOK);
    if (!present) return [];
    const before = contactToldBefore(view, views, BACK, readClaims);
    if (!before) return [];
    const { host, told } = before;
    return pairClaims(view, [host.subject], g.members, { kind: 'meeting', planned: host.planned, first: k, end: at + 1, subjectView: host.subjectView ?? told, continues: true });
  }
  return [];
}
