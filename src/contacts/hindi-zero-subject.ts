/**
 * Hindi drops a subject the sentence before gave: "विदेश मंत्री X सोमवार को तेहरान पहुंचे। इसके बाद
 * ईरानी राष्ट्रपति Y से भी मुलाकात की।" The second sentence's contact is X's. Read only when the
 * sentence leaves no room for another subject and the one before names a single clear one:
 * - before the person met stand only words of time or linking ("इसके बाद", "सोमवार को"), and no
 *   agent marker (ने, द्वारा: "भारत ने Y से बात की" has a subject that is no person) or quotation
 *   before the verb;
 * - the contact is an active finite verb closing its clause ("मुलाकात की।", "बात की थी", "मिले और"),
 *   not a passive ("बात की गई"), a happening ("बातचीत हुई") or an infinitive ("मिलने");
 * - the sentence before (not the headline) opens with one person as its subject (ergative or plain).
 */
import type { Group } from '../grammar/groups.ts';
import { groupPhrases } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { foldedSet as set, type CueAt } from './cues.ts';
import { breakBetween } from './hindi-clause.ts';

/** Active finite light verbs ("मुलाकात की", "फोन किया", "बात करेंगे"); हुई/होगी state a happening without an agent. */
const ACTIVE = set('की कीं किया किए करेंगे करेगा करेगी करेंगी लिया लेंगे');
/** Verb forms of मिलना that are finite ("मिले", "मिलेंगे"); मिलने, मिलकर are not. */
const MET = set('मिले मिलीं मिलेंगे मिलेंगी मिलेगा');
/** What may follow the finite verb at its clause's end: an auxiliary or a conjunction. */
const CLOSING = set('है हैं था थे थी और तथा एवं व');
/** Agent markers: a sentence with one has its own subject, a person or not. */
const AGENT_MARKERS = set('ने द्वारा');
/**
 * Words that may stand before the person met: linking words ("इसके बाद", "साथ ही", "वहां") and
 * the postposition of a date ("मंगलवार को"). Anything else may be a subject that is no person
 * ("भारतीय दल Y से मिलेगा").
 */
const OPENERS = set('इसके उसके इससे बाद अलावा साथ ही भी वहां यहां वहीं फिर इस उस दौरान में तथा और को');

/** Whether every word before token `to` is a linking word or part of a date. */
function onlyOpeners(view: SentenceView, to: number): boolean {
  return view.toks.slice(0, to).every((t) => OPENERS.has(t.fold) || view.dates.some((d) => t.start >= d.start && t.end <= d.end));
}

/** Whether the contact's verb is active, finite and closes its clause. */
function finiteActive(view: SentenceView, c: CueAt): boolean {
  const { toks } = view;
  const verb = toks[c.end - 1]!;
  if (!ACTIVE.has(verb.fold) && !MET.has(verb.fold)) return false;
  const next = toks[c.end];
  return next === undefined || next.breakBefore || CLOSING.has(next.fold);
}

/** The one-person subject a sentence opens with: its first ergative or plain group. */
function openingSubject(view: SentenceView): Group | undefined {
  const first = groupPhrases(view.toks, view.phrases)[0];
  if (!first || (first.hindiCase !== 'ergative' && first.hindiCase !== 'nominative')) return undefined;
  return first.members.length === 1 && !breakBetween(view, 0, first.first) ? first : undefined;
}

/**
 * The subject the previous sentence gave, carried over to a contact with person met `g` that has
 * none of its own; undefined when the sentence may have another.
 */
export function carriedSubject(view: SentenceView, views: readonly SentenceView[], groups: readonly Group[], g: Group, c: CueAt): { subject: Group; from: SentenceView } | undefined {
  const { toks } = view;
  if (!onlyOpeners(view, g.first) || c.i < g.after || !finiteActive(view, c)) return undefined;
  if (groups.some((x) => x.first < c.i && (x.hindiCase === 'ergative' || x.hindiCase === 'nominative'))) return undefined;
  if (toks.slice(0, c.end).some((t) => AGENT_MARKERS.has(t.fold)) || breakBetween(view, 0, c.end)) return undefined;
  const prev = views[view.order - 1];
  if (!prev || prev.lang !== view.lang || prev.paragraph.number === 0) return undefined;
  const subject = openingSubject(prev);
  return subject ? { subject, from: prev } : undefined;
}
