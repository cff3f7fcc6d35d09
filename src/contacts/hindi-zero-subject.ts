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
import { placeAt } from './places.ts';
import { isDateWord } from '../grammar/words.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

/** Active finite light verbs ("मुलाकात की", "फोन किया", "बात करेंगे"); हुई/होगी state a happening without an agent. */
const ACTIVE = set(W.active);
/** Verb forms of मिलना that are finite ("मिले", "मिलेंगे"); मिलने, मिलकर are not. */
const MET = set(W.met);
/** What may follow the finite verb at its clause's end: an auxiliary or a conjunction. */
const CLOSING = set(W.closing);
/** Agent markers: a sentence with one has its own subject, a person or not. */
const AGENT_MARKERS = set(W.agentMarkers);
/**
 * Words that may stand before the person met: linking words ("इसके बाद", "साथ ही", "वहां") and
 * the postposition of a date ("मंगलवार को"). Anything else may be a subject that is no person
 * ("भारतीय दल Y से मिलेगा").
 */
const OPENERS = set(W.openers);

/** Words qualifying a date word ("पिछले हफ्ते", "इसी महीने"): a time, not a subject. */
const DATE_QUALIFIERS = set(W.dateQualifiers);
/** Place postpositions: "दोहा में", "मॉस्को पहुंचकर" set the scene, not the subject. */
const IN = set(W.in);

/**
 * Whether every word before token `to` is a linking word, part of a date or time ("मंगलवार को",
 * "पिछले हफ्ते"), or a place in the locative ("दोहा में"): the scene, where a subject would stand.
 */
function onlyOpeners(view: SentenceView, to: number): boolean {
  const { toks } = view;
  for (let k = 0; k < to; k++) {
    const t = toks[k]!;
    if (DATE_QUALIFIERS.has(t.fold) && k + 1 < to) {
      k++;
      continue;
    }
    if (OPENERS.has(t.fold) || isDateWord(t) || view.dates.some((d) => t.start >= d.start && t.end <= d.end)) continue;
    const place = placeAt(toks, k);
    if (place && place.clitic === 0 && place.end <= to && IN.has(toks[place.end]?.fold ?? '')) {
      k = place.end - 1;
      continue;
    }
    return false;
  }
  return true;
}

/** Conjunctive participles ("मुलाकात कर", "मिलकर … चर्चा की"): the clause goes on to its finite verb. */
const CONJUNCTIVE = set(W.conjunctive);
/** Words a conjunctive clause may run to its finite verb. */
const CONJUNCT_REACH = 8;

/** Whether token `k` is an active finite verb closing its clause. */
function closesActive(toks: SentenceView['toks'], k: number): boolean {
  const verb = toks[k];
  if (!verb || (!ACTIVE.has(verb.fold) && !MET.has(verb.fold))) return false;
  const next = toks[k + 1];
  return next === undefined || next.breakBefore || CLOSING.has(next.fold);
}

/**
 * Whether the contact's verb is active, finite and closes its clause, or is a conjunctive
 * participle ("Y से मुलाकात कर सुरक्षा पर चर्चा की") whose clause closes so a few words on.
 */
function finiteActive(view: SentenceView, c: CueAt): boolean {
  const { toks } = view;
  if (closesActive(toks, c.end - 1)) return true;
  // The participle's कर is read with the contact word ("मुलाकात कर", "मिलकर") or stands after it.
  const from = CONJUNCTIVE.has(toks[c.end - 1]!.fold) ? c.end : CONJUNCTIVE.has(toks[c.end]?.fold ?? '') ? c.end + 1 : -1;
  if (from < 0) return false;
  for (let k = from; k < toks.length && k <= c.end + CONJUNCT_REACH; k++) {
    if (toks[k]!.breakBefore) return false;
    if (closesActive(toks, k)) return true;
  }
  return false;
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
