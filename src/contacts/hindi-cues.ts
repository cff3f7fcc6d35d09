/**
 * Where a Hindi sentence states a contact by a word: verb forms of meeting, or contact nouns made
 * statements by a light verb after them ("मुलाकात की", "बातचीत हुई"), by words before them (headline
 * order "Y से की मुलाकात", "A और B के बीच वार्ता", "होने वाली बैठक"), or as the setting of another
 * statement ("Y से बातचीत के दौरान"); with whether the words around announce the contact.
 * The reader (hindi.ts) then finds who took part.
 */
import { foldTerm } from '../text/normalize.ts';
import { packFor } from '../languages/index.ts';
import type { Tok } from '../grammar/tokens.ts';
import { CLAUSE_BREAKS } from './hindi-clause.ts';
import { earlyVerb } from './hindi-order.ts';
import { afterBetween, HAPPENED, nominalAfter, nounPhraseStart, organisedEnd, pairParticiple } from './hindi-noun-frame.ts';
import { CUES, NEGATION_WORDS, OCCASION_WORDS, foldedSet as set, type CueAt } from './cues.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

const HINDI_CUES = CUES.of('hin')!;
const HINDI_OCCASIONS = OCCASION_WORDS('hin')!;

/** Verbs after a Hindi contact noun that make it a statement ("मुलाकात की", "भाग लिया", "बातचीत चली" went on). */
const HINDI_LIGHT_VERBS = new Set(W.lightVerbs.split(' ').map(foldTerm));
/* Words after a contact noun that state it as scheduled, with no light verb ("X की Y से बैठक प्रस्तावित है"). */
const SCHEDULED = set(W.scheduled);
/* "Y से मुलाकात अच्छी रही", "बातचीत सार्थक रहीं": a contact judged by an epithet of the pack's noun modifiers took place. */
const REMAINED = set(W.remained);
const EPITHETS = new Set((packFor('hin')?.contacts.nounModifiers ?? []).map(foldTerm));
/* "X को Y का फोन आया" (X got a call from Y): the noun comes to the one called from the caller in the genitive. */
const CAME = set(W.came);

/* "के बाद / के दौरान" (after, during), "में" (in): a contact noun set as the time or place of another statement. */
export const GENITIVE_KE = foldTerm(W.genitiveKe);
export const AFTER_DURING = set(W.afterDuring);
/** Words after a contact noun searched for the tense: "बैठकों की एक श्रृंखला आयोजित करेंगे". */
const VERB_GROUP = 6;
const CLAUSE_ENDS = set(W.clauseEnds);

/** Words a purpose phrase ("वार्ता करने के लिए", "मुलाकात के लिए") may put between the contact and the verb it serves. */
const PURPOSE_GROUP = 10;
const FOR = foldTerm(W.for);
const INFINITIVE_END = /ने$/u;

/**
 * Whether the contact word is a purpose ("Y से मिलने के लिए जाएंगे", "वार्ता करने के लिए रुकेंगे",
 * "मुलाकात के लिए जाएंगे"): the clause's own verb, which may announce it, comes further on.
 */
function purposeAt(toks: readonly Tok[], i: number, end: number): boolean {
  const infinitive = INFINITIVE_END.test(toks[i]!.fold) ? end : INFINITIVE_END.test(toks[end]?.fold ?? '') ? end + 1 : end;
  return toks[infinitive]?.fold === GENITIVE_KE && toks[infinitive + 1]?.fold === FOR;
}

/**
 * The words after a contact noun up to its verb: at most VERB_GROUP (PURPOSE_GROUP after a purpose),
 * not past a conjunction nor a comma or colon ("Y से की बात, कहा- … करेंगे": the future is what was said).
 */
export function verbGroup(toks: readonly Tok[], from: number, reach = VERB_GROUP): Tok[] {
  const out: Tok[] = [];
  for (let k = from; k < Math.min(toks.length, from + reach) && !CLAUSE_ENDS.has(toks[k]!.fold) && !toks[k]!.breakBefore; k++) out.push(toks[k]!);
  return out;
}
/** The Hindi pack's contact words. */
const HINDI = packFor('hin')!.contacts;
/* "X की मुलाकात", "उनकी बातचीत" (his talks), "हुई बैठक": a noun owned or told as happened. */
const NOUN_BEFORE_MARKERS = set(W.nounBeforeMarkers);
/* Headline order with the verb group first: "Y के साथ कर सकते हैं मुलाकात", "Y से करेंगे बात". */
const AUXILIARIES = set(W.auxiliaries);
/* Headline order with a topic between: "Y से की अफगानिस्तान पर चर्चा". */
const TOPIC_MARKER = foldTerm(W.topicMarker);
const ANNOUNCING_BEFORE = set(W.announcingBefore);
/** Words of a verb group put before its noun ("कर सकते हैं मुलाकात"). */
const HEADLINE_VERB_GROUP = 3;
const TOPIC_REACH = 4;

/** Whether a light verb right after "से" or "के साथ" stands before the topic that ends at `i` ("Y से की <topic> पर चर्चा"). */
function verbBeforeTopic(toks: readonly Tok[], i: number): boolean {
  if (toks[i - 1]?.fold !== TOPIC_MARKER) return false;
  for (let k = i - 2; k >= Math.max(1, i - 1 - TOPIC_REACH); k--) {
    if (HINDI_LIGHT_VERBS.has(toks[k]!.fold)) return WITH_MARKERS.has(toks[k - 1]!.fold);
  }
  return false;
}
const PARTICLES = set(W.particles);
const NEGATIONS = NEGATION_WORDS('hin')!;
const TOGETHER = foldTerm(W.together);
const WITH_WORD = foldTerm(W.withWord);
const WITH_MARKERS = set(W.withMarkers);

/** Whether a happening verb ("हुई", "हो रही") states the contact noun: "X और Y की बातचीत हुई". */
export function happenedAt(toks: readonly Tok[], c: CueAt): boolean {
  return HAPPENED.has(toks[c.end - 1]?.fold ?? '') || (c.i > 0 && HAPPENED.has(toks[c.i - 1]!.fold));
}

/** Words between a person and the contact noun; longer gaps are other clauses. */
export const MAX_GAP = 25;

export const IN = foldTerm(W.in);

/** Whether a meeting noun in the locative ("बैठक में", "सम्मेलन में भी") stands in the clause before token `i`. */
function occasionBefore(toks: readonly Tok[], i: number): boolean {
  // A subordinate clause or an auxiliary ("… थे और") closes the clause before.
  for (let k = i - 1; k >= 1 && i - k <= MAX_GAP && !CLAUSE_BREAKS.has(toks[k]!.fold) && !AUXILIARIES.has(toks[k]!.fold); k--) {
    if (toks[k]!.fold === IN && HINDI_OCCASIONS.has(toks[k - 1]!.fold)) return true;
  }
  return false;
}

/* "… की शुरुआत Y के साथ बैठक से / के साथ की" (began … with a meeting with Y), "का समापन … से किया". */
const BEGUN = set(W.begun);
const BEGUN_REACH = 15;

/**
 * A contact noun that something began or ended with takes its light verb after "से" or "के साथ"
 * ("X ने अपनी बैठकों की शुरुआत Y के साथ एक बैठक के साथ की"): the index of that verb, else `v` itself.
 */
function begunWithEnd(toks: readonly Tok[], i: number, v: number): number {
  const w = toks[v]?.fold === foldTerm(W.withFrom) ? v + 1 : toks[v]?.fold === GENITIVE_KE && toks[v + 1]?.fold === WITH_WORD ? v + 2 : v;
  if (w === v || !HINDI_LIGHT_VERBS.has(toks[w]?.fold ?? '')) return v;
  return toks.slice(Math.max(0, i - BEGUN_REACH), i).some((t) => BEGUN.has(t.fold)) ? w : v;
}

/** Contact words used as statements: verb forms, or nouns next to a light verb; `withOnly` gets those that state a contact only with a person met. */
export function findCues(toks: readonly Tok[], withOnly: Set<CueAt>, pairEnds: ReadonlySet<number>, metEnds: ReadonlySet<number> = new Set()): CueAt[] {
  const cues: CueAt[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = HINDI_CUES.match(toks, i);
    if (!m) continue;
    let v = m.end;
    while (toks[v] && PARTICLES.has(toks[v]!.fold)) v++;
    v = organisedEnd(toks, v);
    v = begunWithEnd(toks, i, v);
    const judged = EPITHETS.has(toks[v]?.fold ?? '') && REMAINED.has(toks[v + 1]?.fold ?? '');
    if (judged) v++;
    const verbAfter = toks[v] !== undefined && (HINDI_LIGHT_VERBS.has(toks[v]!.fold) || SCHEDULED.has(toks[v]!.fold) || REMAINED.has(toks[v]!.fold) || (m.value.kind === 'phone call' && CAME.has(toks[v]!.fold)));
    // "Y के साथ चर्चा के बाद / के दौरान": the talks are stated as having taken place.
    // "Y के साथ फोन पर बातचीत में … कहा" (said in the call with Y): talks in which something was said took place.
    const within = toks[v]?.fold === IN;
    const nominal = (toks[v]?.fold === GENITIVE_KE && AFTER_DURING.has(toks[v + 1]?.fold ?? '')) || within;
    // Headline order: "Y से की मुलाकात", "हुई चर्चा", "कर सकते हैं मुलाकात", "से की <topic> पर चर्चा".
    // "A और B के बीच बातचीत … हुई": the noun right after "between" names the contact, its verb may come late.
    // "A और B के बीच शिखर वार्ता", "Y से की द्विपक्षीय बैठक": the words before the noun's modifiers frame it.
    const at = nounPhraseStart(toks, i);
    const prev = toks[at - 1]?.fold ?? '';
    const headline = HINDI_LIGHT_VERBS.has(prev) || AUXILIARIES.has(prev);
    // "होने वाली बैठक", "आगामी मुलाकात": a contact announced by the words before its noun.
    const announcedBefore = ANNOUNCING_BEFORE.has(prev) || toks.slice(at, i).some((t) => ANNOUNCING_BEFORE.has(t.fold));
    // "A और B की मुलाकात", "A-B वार्ता": a contact noun right after a pair names their contact, as "a meeting between A and B" does.
    const purpose = purposeAt(toks, i, m.end);
    // The tense is the verb's, not the epithet's ("उपयोगी रही" ends like होगी).
    const verbs = verbGroup(toks, judged ? v : m.end, purpose ? PURPOSE_GROUP : VERB_GROUP);
    // "X की Y से मुलाकात (सोमवार को हुई)": a noun after "X's … with Y" names their contact, unless denied after it.
    const metNoun = nominalAfter(toks, metEnds, i) && !m.value.future && !verbs.some((t) => NEGATIONS.has(t.fold));
    // "Y के साथ अच्छी मुलाकात।" (a tweet or headline): the noun closes the sentence right after the person met.
    const closing = WITH_MARKERS.has(prev) && (m.end === toks.length || toks[m.end]!.breakBefore);
    // "X ने की Y से मुलाकात", "X करेंगे Y से मुलाकात": the light verb before the person met.
    const early = earlyVerb(toks, at);
    const verbBefore =
      NOUN_BEFORE_MARKERS.has(prev) ||
      afterBetween(toks, at) ||
      headline ||
      announcedBefore ||
      pairEnds.has(at) ||
      pairParticiple(toks, pairEnds, at) ||
      metNoun ||
      verbBeforeTopic(toks, at) ||
      closing ||
      early >= 0;
    // "Y से मुलाकात के लिए तेहरान जाएंगे": a contact noun as the purpose of a coming journey is announced.
    const announcedPurpose = purpose && HINDI.announcedAfter?.(verbs) === true;
    if (!m.value.future && !verbAfter && !verbBefore && !nominal && !announcedPurpose && !/^मिल/u.test(toks[i]!.fold)) continue;
    // "नहीं मिले", "न मिलने": a denied contact is no contact (a noun's "मुलाकात नहीं की" has no light verb next to it).
    if (i > 0 && NEGATIONS.has(toks[i - 1]!.fold)) continue;
    // "बैठक में शामिल हुए": joining is a contact only at a meeting the clause names ("सरकार में शामिल" is none).
    if (m.value.atOccasion && !occasionBefore(toks, i)) continue;
    // "साथ मिलकर काम करना" is working together, not meeting.
    if (i > 0 && toks[i]!.fold === TOGETHER && toks[i - 1]!.fold === WITH_WORD) continue;
    const verbsBefore = headline ? toks.slice(Math.max(0, at - HEADLINE_VERB_GROUP), at) : early >= 0 ? [toks[early]!] : [];
    const planned = m.value.future === true || announcedBefore || HINDI.announcedAfter?.(verbs) === true || HINDI.announcedAfter?.(verbsBefore) === true;
    const came = verbAfter && CAME.has(toks[v]!.fold);
    const cue: CueAt = { i: at, end: verbAfter ? v + 1 : m.end, cue: came ? { ...m.value, received: true } : m.value, planned };
    // "A और B ने बैठक में कहा": a noun in the locative tells where something was said; only a person
    // met (Y से, Y के साथ) before it makes it a contact.
    // "A और B के बीच हुई बातचीत में", "A और B की हुई बैठक में": the pair named before is the contact's own.
    if (within && !verbAfter && !afterBetween(toks, at) && !pairParticiple(toks, pairEnds, at)) withOnly.add(cue);
    cues.push(cue);
    i = m.end - 1;
  }
  return cues;
}
