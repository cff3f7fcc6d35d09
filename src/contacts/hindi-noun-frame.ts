/**
 * Where a Hindi contact noun stands, for the reader to take it as stated without a light verb right
 * after it: after "X की Y से" and a few modifiers, after "A और B के बीच" and a few determiners; where
 * its light verb is when a word of organising comes between ("बैठक आयोजित की"); how far a list of
 * topics may set it from the person met; and whether a span of days sets it apart from the news.
 */
import { foldTerm } from '../text/normalize.ts';
import type { Tok } from '../grammar/tokens.ts';
import { foldedSet as set } from './cues.ts';
import { packFor } from '../languages/index.ts';
import { MANNERS as HINDI_MANNERS } from '../languages/hin/contacts.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

/** Light verbs of "happening": the contact noun is the subject ("X और Y की बातचीत हुई"). */
export const HAPPENED = set(W.happened);

const GENITIVE_KE = foldTerm(W.genitiveKe);
const BETWEEN = foldTerm(W.between);

/** The pack's words that may stand before a contact noun in its phrase ("शिखर वार्ता", "यह पहली मुलाकात"). */
const NOUN_MODIFIERS = new Set((packFor('hin')?.contacts.nounModifiers ?? []).map(foldTerm));
/** The pack's manners of a contact ("गर्मजोशी से"), as folded words. */
const MANNERS = HINDI_MANNERS.map((m) => m.split(' ').map(foldTerm));
/** Modifiers of one contact noun: "यह पहली द्विपक्षीय बैठक". */
const MODIFIER_REACH = 3;

/**
 * Where the phrase of the contact noun at `i` begins: before the modifiers right before it, so the
 * words before them frame it as they frame a bare noun ("A और B के बीच शिखर वार्ता", "ने की द्विपक्षीय बैठक").
 */
export function nounPhraseStart(toks: readonly Tok[], i: number): number {
  let k = i;
  while (k > 0 && i - k < MODIFIER_REACH && NOUN_MODIFIERS.has(toks[k - 1]!.fold)) k--;
  // "Y का गर्मजोशी से स्वागत किया": a manner of the pack's right before the noun and its modifiers.
  const manner = MANNERS.find((m) => k >= m.length && m.every((w, j) => toks[k - m.length + j]!.fold === w));
  return manner ? k - manner.length : k;
}

/* Words between "X की Y से" and its contact noun: "अहम बैठक", "द्विपक्षीय वार्ता", "फोन पर बातचीत". */
const NOMINAL_MODIFIERS = new Set([...NOUN_MODIFIERS, ...set(W.topicMarker)]);
const NOMINAL_REACH = 3;

/** Whether the contact noun at `i` follows the end of "X की Y से" (`metEnds`), right after it or after a few modifiers. */
export function nominalAfter(toks: readonly Tok[], metEnds: ReadonlySet<number>, i: number): boolean {
  let k = i;
  while (!metEnds.has(k) && k > 0 && i - k < NOMINAL_REACH && NOMINAL_MODIFIERS.has(toks[k - 1]!.fold)) k--;
  return metEnds.has(k);
}

/*
 * Words between "A और B के बीच" and its contact noun: "के बीच यह (दूसरी) बातचीत", "के बीच ये वार्ता",
 * "के बीच एक अहम बैठक"; a participle of happening ("के बीच हुई बातचीत में", "के बीच होने वाली बैठक").
 */
const BETWEEN_DETERMINERS = new Set([...NOUN_MODIFIERS, ...set(W.participles)]);
const BETWEEN_REACH = 3;

/** Whether the contact noun at `i` follows "के बीच", right after it or after a few determiners and a date. */
export function afterBetween(toks: readonly Tok[], i: number): boolean {
  let k = dateBefore(toks, i) - 1;
  while (k > 0 && i - k <= BETWEEN_REACH + DATE_REACH && BETWEEN_DETERMINERS.has(toks[k]!.fold)) k--;
  return toks[k]?.fold === BETWEEN && toks[k - 1]?.fold === GENITIVE_KE;
}

/* Participles of happening between a pair and its noun: "A और B की हुई बातचीत", "के बीच होने वाली बैठक". */
const PARTICIPLES = set(W.participles);
const DATE_WORDS = new Set((packFor('hin')?.dateWords ?? []).map(foldTerm));
const DATE_TO = foldTerm(W.dative);
/** Words of a date with को: "24 अगस्त को", "सोमवार को", "पिछले सप्ताह". */
const DATE_REACH = 4;
const DIGITS = /^\d+$/u;

/**
 * Where a date with को told right before a participle of happening starts ("सोमवार को हुई बातचीत",
 * "24 अगस्त को हुई बैठक"): the index of its first word, else `i` itself.
 */
function dateBefore(toks: readonly Tok[], i: number): number {
  let k = i;
  while (k > 0 && PARTICIPLES.has(toks[k - 1]!.fold)) k--;
  if (k === i || toks[k - 1]?.fold !== DATE_TO) return i;
  let d = k - 1;
  while (d > 0 && k - d <= DATE_REACH && (DATE_WORDS.has(toks[d - 1]!.fold) || DIGITS.test(toks[d - 1]!.fold))) d--;
  return d < k - 1 ? d : i;
}

/**
 * Whether the contact noun at `i` follows a pair's end (`pairEnds`: "A और B की") with participles of
 * happening between, and a date before them ("A और B की (24 अगस्त को) हुई बातचीत में").
 */
export function pairParticiple(toks: readonly Tok[], pairEnds: ReadonlySet<number>, i: number): boolean {
  let k = dateBefore(toks, i);
  while (k > 0 && i - k < BETWEEN_REACH && PARTICIPLES.has(toks[k - 1]!.fold)) k--;
  return k < i && pairEnds.has(k);
}

const ORGANISED = foldTerm(W.organised);
const TO = foldTerm(W.dative);
const ADDRESSED = foldTerm(W.addressed);
const ORGANISING = foldTerm(W.organising);
const OF_KA = foldTerm(W.ofKa);

/**
 * "बैठक आयोजित की", "रात्रिभोज का आयोजन किया" (organised), "संवाददाता सम्मेलन को संबोधित किया"
 * (addressed): the light verb comes after those words, which are skipped; the index of the word after it, else `v` itself.
 */
export function organisedEnd(toks: readonly Tok[], v: number): number {
  if (toks[v]?.fold === ORGANISED) return v + 1;
  // "संवाददाता सम्मेलन को संबोधित किया / करते हुए" (addressed a press conference).
  if (toks[v]?.fold === TO && toks[v + 1]?.fold === ADDRESSED) return v + 2;
  return toks[v]?.fold === OF_KA && toks[v + 1]?.fold === ORGANISING ? v + 2 : v;
}

/** Words a list of topics may put between a person and the contact noun ("Y से A, B, … जैसे मुद्दों पर चर्चा की"). */
const TOPIC_LIST_GAP = 60;
/** Words from the topic marker to the contact noun ("पर विस्तार से चर्चा"). */
const TOPIC_MARKER_REACH = 4;
/* "पर", "को लेकर", "के बारे में", "के संबंध में": what closes the topics talked about. */
const TOPIC_MARKERS = set(W.topicMarkers);
/* A subject, a finite verb or a subordinate clause among the words: they are no list of topics. */
const NOT_TOPICS = set(W.notTopics);

/**
 * Whether the words between `from` and the contact noun at `to` are a list of topics closed by a
 * topic marker: a longer gap than a clause's usual one that still joins the person and the noun.
 */
export function topicListBetween(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from > TOPIC_LIST_GAP) return false;
  if (!toks.slice(Math.max(from, to - TOPIC_MARKER_REACH), to).some((t) => TOPIC_MARKERS.has(t.fold))) return false;
  return !toks.slice(from, to).some((t, j) => NOT_TOPICS.has(t.fold) && !participle(toks, from + j));
}

/* "पैदा हुए हालात", "उत्पन्न हुई स्थिति": a participle of happening before the noun it qualifies is part of a topic. */
const HAPPENING_PARTICIPLES = set(W.happeningParticiples);
/* Words after a finite "हुए" (they end its clause): an auxiliary, a conjunction. */
const AFTER_FINITE = set(W.afterFinite);

function participle(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  return HAPPENING_PARTICIPLES.has(toks[k]!.fold) && next !== undefined && !next.breakBefore && !AFTER_FINITE.has(next.fold) && !NOT_TOPICS.has(next.fold);
}

/* "… चर्चा करने के एक दिन बाद": the contact is counted from, not dated by, the sentence's date. */
const SPAN_UNITS = set(W.spanUnits);
const BEFORE_AFTER = set(W.beforeAfter);

/** Whether "के <number> <unit> बाद|पहले" follows token `end`: the contact is a day or more apart from the sentence's news. */
export function spanAway(toks: readonly Tok[], end: number): boolean {
  if (toks[end]?.fold !== foldTerm(W.genitiveKe)) return false;
  for (let k = end + 1; k < Math.min(toks.length - 1, end + 4); k++) {
    if (SPAN_UNITS.has(toks[k]!.fold)) return BEFORE_AFTER.has(toks[k + 1]!.fold);
  }
  return false;
}
