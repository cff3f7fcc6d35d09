/**
 * Who holds a Hindi contact with the person met: the subject before it (ergative or plain, or the
 * speaker of a quote), a genitive right before the person met ("X की Y से मुलाकात"), a subject
 * between the person met and the contact word ("Y से X ने मुलाकात की", "Y से X मिलेंगे"), or the
 * subject of the clause a contact noun opens ("Y से चर्चा के दौरान X ने कहा").
 */
import { foldTerm } from '../text/normalize.ts';
import { packFor } from '../languages/index.ts';
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { breakBetween } from './hindi-clause.ts';
import { AFTER_DURING, GENITIVE_KE, IN, verbGroup } from './hindi-cues.ts';
import { SPEECH_WORDS, foldedSet as set, type CueAt } from './cues.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

/** Words of a date between a genitive subject and the person met ("अगले सप्ताह", "सोमवार को", "15 अगस्त को"). */
const DATE_WORDS = 5;
/** Words of a place before the person met's title ("अफगानिस्तान में अमेरिका के विशेष दूत"). */
const PLACE_WORDS = 2;
const DATE_POSTPOSITIONS = set(W.dative);
/** The pack's spans of time ahead ("अगले सप्ताह"), as folded words. */
const AHEAD_SPANS = (packFor('hin')!.contacts.aheadSpans ?? []).map((span) => span.split(' ').map(foldTerm));

/** Words of a participle phrase between a genitive subject and the person met. */
export const PARTICIPLE_PHRASE = 5;
/** A subject or a finite verb ends the genitive's phrase ("X के अनुसार मंत्रालय ने कहा …"). */
const NOT_IN_PARTICIPLE = set(W.notInParticiple);

const SPEECH_VERBS = SPEECH_WORDS('hin')!;
const SPEECH_REACH = 4;
/* की and the feminine genitive pronouns (उनकी, उसकी) before a contact noun, which are all feminine. */
const GENITIVE_KI = /की$/u;
const AND_WORDS = new Set(packFor('hin')!.and.map(foldTerm));


/** The subject group before `g`: nearest ergative or plain subject, or the speaker of a quote. */
export function subjectBefore(view: SentenceView, groups: Group[], g: Group): Group | undefined {
  for (let k = groups.indexOf(g) - 1; k >= 0; k--) {
    const s = groups[k]!;
    if (s.hindiCase !== 'ergative' && s.hindiCase !== 'nominative') continue;
    // "X ने हक्कानी नेटवर्क के नेता अनस हक्कानी से": a name with no case marker that is the person met is part of
    // an organisation's name, not a subject.
    if (s.hindiCase === 'nominative' && s.members.every((m) => g.members.some((x) => x.person === m.person))) continue;
    // "X और <words not read as a person> Y से": X may be coordinated with the person met as well as
    // with the subject ("X और कई अधिकारी Y से मिले"); read as either, it was wrong more often than right.
    if (s.hindiCase === 'nominative' && AND_WORDS.has(view.toks[s.after]?.fold ?? '')) continue;
    if (!breakBetween(view, s.after, g.first)) return s;
    // "X ने कहा", "X ने ट्विटर पर लिखा": the speech verb within a few words of the subject.
    const speaker = s.hindiCase === 'ergative' && view.toks.slice(s.after, s.after + SPEECH_REACH).some((t) => SPEECH_VERBS.has(t.fold));
    return speaker ? s : undefined;
  }
  return undefined;
}

/**
 * "X की Y से मुलाकात हुई", "X के Y से मिलने की उम्मीद": a person in the genitive right before the one
 * met; with a verb of happening also across a participle phrase ("X की भारत आए Y के साथ बैठक हो रही है").
 */
export function genitiveSubject(view: SentenceView, groups: Group[], g: Group, happening: boolean): Group | undefined {
  const s = groups[groups.indexOf(g) - 1];
  if (!s || s.hindiCase !== 'genitive') return undefined;
  if (s.after === g.first || onlyDate(view, s.after, g.first)) return s;
  const participle = happening && g.first - s.after <= PARTICIPLE_PHRASE && !breakBetween(view, s.after, g.first);
  return participle && !view.toks.slice(s.after, g.first).some((t) => NOT_IN_PARTICIPLE.has(t.fold)) ? s : undefined;
}

/**
 * Whether tokens [from, to) are a date with its postposition, and at most the place of the next
 * person's title ("X के बुधवार को (अफगानिस्तान में) Y से मिलने की उम्मीद").
 */
function onlyDate(view: SentenceView, from: number, to: number): boolean {
  const { toks } = view;
  if (to <= from || to - from > DATE_WORDS + PLACE_WORDS || breakBetween(view, from, to)) return false;
  const start = toks[from]!.start;
  const date = view.dates.find((d) => d.start === start) ?? view.unresolvedDates.find((d) => d.start === start);
  // "X के अगले सप्ताह Y से मिलने की उम्मीद": a span ahead is no date but stands where one does.
  const ahead = AHEAD_SPANS.find((span) => span.every((w, j) => toks[from + j]?.fold === w));
  // "X की अफगानिस्तान में (अमेरिका के विशेष दूत) Y से मुलाकात": a place alone, in the locative.
  if (!date && !ahead) return to - from <= PLACE_WORDS && toks[to - 1]!.fold === IN && !toks.slice(from, to).some((t) => t.breakBefore || NOT_IN_PARTICIPLE.has(t.fold));
  let k = ahead ? from + ahead.length : from;
  while (k < to && ((date !== undefined && toks[k]!.end <= date.end) || DATE_POSTPOSITIONS.has(toks[k]!.fold))) k++;
  return to - k <= PLACE_WORDS && !toks.slice(k, to).some((t) => t.breakBefore || NOT_IN_PARTICIPLE.has(t.fold));
}

/**
 * "Y से X ने मुलाकात की", "Y को X ने फोन किया", "Y से X की मुलाकात होगी", "Y से X मिलेंगे": the person
 * met put first, the subject (ergative, plain, or in the genitive right after) between it and the contact word.
 */
export function subjectBetween(view: SentenceView, groups: Group[], g: Group, c: CueAt): Group | undefined {
  const s = groups[groups.indexOf(g) + 1];
  if (!s || s.end > c.i || breakBetween(view, g.after, c.i)) return undefined;
  const genitive = s.hindiCase === 'genitive' && s.first === g.after && GENITIVE_KI.test(view.toks[s.after - 1]?.fold ?? '');
  // "Y से X मंगलवार को मिलेंगे": a plain subject between, not one listed on ("Y से X और …").
  const plain = s.hindiCase === 'nominative' && !AND_WORDS.has(view.toks[s.after]?.fold ?? '');
  return s.hindiCase === 'ergative' || genitive || plain ? s : undefined;
}

const WHILE = foldTerm(W.while);
/* Participles of coming and going after an infinitive of the contact ("मिलने आए", "मुलाकात करने पहुंचे"). */
const COMING = set(W.coming);
const INFINITIVE_END = /ने$/u;
const DOING = foldTerm(W.doing);
/** Words between a contact noun's "के दौरान / में" and the subject of the clause it opens ("सोमवार को"). */
const SUBJECT_AFTER_REACH = 3;

/**
 * "Y से चर्चा के दौरान X ने …", "बातचीत में A और B ने …": a contact noun in a phrase of time or
 * place ("during", "after", "in") opens a clause whose ergative subject, right after it, held the contact.
 */
/* Words after a plain subject that make it no party to the contact before: denied or only present ("मौजूद नहीं थे"). */
const NOT_PARTY = set(W.notParty);

export function subjectAfterNoun(view: SentenceView, groups: Group[], c: CueAt, plain = false): Group | undefined {
  const { toks } = view;
  const next = toks[c.end]?.fold;
  // "Y से बातचीत करते हुए X ने कहा" (while talking with Y): the participle's subject too.
  const during = next === GENITIVE_KE && AFTER_DURING.has(toks[c.end + 1]?.fold ?? '');
  // "Y से मिलने आए X ने कहा" (X, who came to meet Y, said): an infinitive of the contact and a verb of coming.
  const came = COMING.has(next ?? '') && INFINITIVE_END.test(toks[c.end - 1]?.fold ?? '');
  const from = next === IN || came || (next === WHILE && toks[c.end - 1]?.fold === DOING) ? c.end + 1 : during ? c.end + 2 : -1;
  if (from < 0) return undefined;
  const s = groups.find((g) => g.first >= from && g.first - from <= SUBJECT_AFTER_REACH);
  // "Y के साथ वार्ता करने के बाद X दिल्ली लौटे": after "Y से … के बाद / के दौरान" a plain subject is the
  // main clause's too, unless denied or only present there ("मौजूद नहीं थे", "भी उपस्थित थे").
  const plainSubject = plain && during && s?.hindiCase === 'nominative' && !verbGroup(toks, s.after).some((t) => NOT_PARTY.has(t.fold));
  const subject = s?.hindiCase === 'ergative' || plainSubject;
  return subject && !breakBetween(view, c.end, s!.first) ? s : undefined;
}
