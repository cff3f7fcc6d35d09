/**
 * Someone present at a meeting told just before, in Hindi news: "इस बैठक में X भी मौजूद रहे" (X too
 * was present at this meeting), "उस मुलाकात के दौरान X भी उपस्थित थे", "इस बैठक में X ने भी भाग
 * लिया" (took part). The meeting is named with a
 * demonstrative, so it is the one a sentence before told; who was present met the one who held it,
 * its subject. Whether they met its other party too the text does not say as plainly, so no contact
 * is read with them (as for Arabic attendance, arabic-attendance.ts).
 * A companion of one party ("बैठक में P के साथ X भी थे": with P was X too) met the other party, the
 * one P faced; P's own side is not a contact.
 */
import { groupPhrases } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { contactToldBefore, pairClaims, type Claim } from './claim.ts';
import { foldedSet as set, RECALLING_NOUNS } from './cues.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

/** This, that: the meeting is one already told. */
const DEMONSTRATIVES = set(W.demonstratives);
/** "बैठक में", "बैठक के दौरान". */
const IN = set(W.in);
const DURING = W.during.split(' ').map((w) => set(w));
const ALSO = set(W.also);
const PRESENT = set(W.present);
/** "ने भी भाग लिया", "ने हिस्सा लिया": took part. */
const PART = set(W.part);
const TOOK = set(W.took);
/** "P के साथ": with P, the one accompanied. */
const WITH = set(W.withWord);
/** "X भी थे", "X भी मौजूद थे": was there. */
const WAS = set(W.was);
/** Longest office written between "P के साथ" and the companion's name ("… के मुख्य शांति दूत X"). */
const OFFICE_REACH = 8;
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
 * The contact of a companion: "(बैठक में) P के साथ X भी थे" after a contact of P told just before
 * (P its subject or the one met): X met the other party of that contact.
 */
export function companionClaims(view: SentenceView, views: readonly SentenceView[], readClaims: (v: SentenceView) => Claim[]): Claim[] {
  const { toks } = view;
  const groups = groupPhrases(toks, view.phrases);
  for (const g of groups) {
    if (g.hindiCase !== 'with' || !is(toks[g.after - 1], WITH)) continue;
    const companion = groups.find((c) => c.first >= g.after && c.first - g.after <= OFFICE_REACH && c.hindiCase === 'nominative');
    if (!companion || toks.slice(g.after, companion.first).some((t) => t.breakBefore)) continue;
    const at = is(toks[companion.after], ALSO) ? companion.after + 1 : companion.after;
    const there = is(toks[at], WAS) || (is(toks[at], PRESENT) && is(toks[at + 1], WAS));
    if (!there) continue;
    const before = contactToldBefore(view, views, BACK, readClaims);
    if (!before) return [];
    const { host, told } = before;
    const accompanied = new Set(g.members.map((m) => m.person));
    // The party P faced, from the sentence that told the contact.
    const faced = accompanied.has(host.subject.person) ? { phrase: host.other, from: told } : accompanied.has(host.other.person) ? { phrase: host.subject, from: host.subjectView ?? told } : undefined;
    if (!faced) return [];
    return pairClaims(view, [faced.phrase], companion.members, { kind: host.kind, planned: host.planned, first: g.first, end: at + 1, subjectView: faced.from, continues: true });
  }
  return [];
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
    // The one present may carry an office written before the name ("इस बैठक में अफगानिस्तान में … के विशेष दूत X").
    const g = groups.find((g) => g.first >= from && g.first - from <= OFFICE_REACH && (g.hindiCase === 'nominative' || g.hindiCase === 'ergative'));
    if (g && toks.slice(from, g.first).some((t) => t.breakBefore)) return [];
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
