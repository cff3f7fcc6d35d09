/**
 * Words of a contact sentence that stand for people named before it, resolved to those people so
 * that the contact grammar reads them as it reads names:
 * - a pair noun ("the two leaders", "الرجلان", "दोनों नेताओं", "दोनों ने") → the two people its own sentence
 *   names before it, else the two people of the latest contact stated in the previous sentences,
 *   else the two people of the nearest earlier sentence when it names exactly two;
 * - a pronoun that is never its clause's subject (उनसे "with him", उनकी "his") → after a relative
 *   word (जहां), the main clause's one person; else the one person its own sentence named before it
 *   in the genitive ("Y के अनुरोध पर X ने उनसे"); else the one person of the nearest earlier sentence
 *   naming anyone who is not named in this sentence;
 * - a plural role after a list of countries ("A, B और C के समकक्षों") → one person of each country
 *   named elsewhere in the article (listed-roles.ts);
 * Only when exactly one antecedent fits; otherwise the word stays unread and states no contact.
 * The words are each language pack's `coreference` data. Subject pronouns (उन्होंने, he, she) and
 * roles alone are resolved with the people (src/people/anaphora.ts). A delegation standing for its
 * head was tried and left out here: on the development set it added no contact (Arabic "الوفد" after
 * "برئاسة X" is read by arabic-delegation.ts).
 */
import { PackPhrases } from '../grammar/phrases.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { listedRolePhrases } from './listed-roles.ts';
import { infinitiveSubjectAt } from './hindi-infinitive.ts';
import { sentenceSubject } from '../grammar/subject.ts';
import { DELEGATION_NOUNS, delegationMembers } from './delegation-members.ts';
import { CONTACT_GRAMMAR_WORDS as HINDI_WORDS } from '../languages/hin/grammar-words.ts';
import { NATION_WORDS } from '../grammar/nations.ts';

const PAIR_NOUNS = new PackPhrases<true>((pack) => (pack.coreference?.pairNouns ?? []).map((w) => [w, true] as const));
const PAIR_WORDS = perPack((pack) => new Set((pack.coreference?.pairWords ?? []).map(foldTerm)));
const CASE_MARKERS = perPack((pack) => new Set(Object.keys(pack.cases?.markers ?? {}).map(foldTerm)));

/** The end of a pair noun at `k` ("दोनों नेताओं"), or of a pair word with a case marker right after it ("दोनों ने"). */
function pairAt(toks: SentenceView['toks'], k: number): number | undefined {
  const noun = PAIR_NOUNS.match(toks, k);
  if (noun) return noun.end;
  const lang = toks[k]!.lang;
  return PAIR_WORDS(lang)?.has(toks[k]!.fold) && CASE_MARKERS(lang)?.has(toks[k + 1]?.fold ?? '') ? k + 1 : undefined;
}
const OBJECT_PRONOUNS = perPack((pack) => new Set(Object.keys(pack.coreference?.objectPronouns ?? {}).map(foldTerm)));
/* Only a genitive pronoun may own the role after it ("उनके समकक्ष"); "उनसे विदेश मंत्री X ने" is "with him". */
const GENITIVE_PRONOUNS = perPack(
  (pack) => new Set(Object.entries(pack.coreference?.objectPronouns ?? {}).filter(([, c]) => c === 'genitive').map(([w]) => foldTerm(w))),
);
/* उनकी, उसकी: the feminine genitive pronouns (the roles they might own are masculine: उनके समकक्ष). */
const FEMININE_GENITIVE = new Set(HINDI_WORDS.feminineGenitives.split(' ').map(foldTerm));
/** How many sentences back an antecedent may stand. */
const REACH = 3;

/** A contact already read in the article: the sentence it is in and its pair. */
export interface PairSeen {
  order: number;
  a: number;
  b: number;
}

/** Phrases made for the two people of a pair noun. */
const PAIR_PHRASES = new WeakSet<Phrase>();

/**
 * Whether a claim pairs one of a pair noun's people with someone outside the pair: the pair is
 * the one of the sentences before, not necessarily the one this sentence speaks of ("X sent Y to
 * meet Z, the first meeting between the two officials"), so a pair noun states a contact only
 * between its own two people.
 */
export function outsidePair(subject: Phrase, other: Phrase): boolean {
  return PAIR_PHRASES.has(subject) !== PAIR_PHRASES.has(other);
}

const pronounAt = (first: number, end: number, person: number): Phrase => ({
  first,
  end,
  nameFirst: first,
  nameEnd: first,
  clitic: 0,
  source: 'pronoun',
  relational: false,
  possessive: false,
  person,
});

/** Distinct people named in a sentence. */
const peopleOf = (view: SentenceView): Set<number> => new Set(view.phrases.map((p) => p.person).filter((p) => p !== undefined));

/** Earlier sentences within reach, nearest first. */
function earlier(view: SentenceView, views: readonly SentenceView[]): SentenceView[] {
  return views.slice(Math.max(0, view.order - REACH), view.order).reverse();
}

/** The contacts read in the latest earlier sentence within reach that has any. */
function latestContacts(view: SentenceView, seen: readonly PairSeen[]): PairSeen[] {
  const recent = seen.filter((s) => s.order < view.order && view.order - s.order <= REACH);
  return recent.filter((s) => s.order === recent[recent.length - 1]?.order);
}

/**
 * The pair a pair noun at token `at` stands for: the two people its own sentence names before it
 * ("بحث X مع Y … واتفق الرئيسان"), else the latest contact's, else the nearest sentence's when it
 * names exactly two.
 */
function pairBefore(view: SentenceView, views: readonly SentenceView[], seen: readonly PairSeen[], at: number): [number, number] | undefined {
  const here = [...new Set(view.phrases.filter((p) => p.end <= at).map((p) => p.person).filter((p) => p !== undefined))];
  if (here.length === 2) return [here[0]!, here[1]!];
  const latest = latestContacts(view, seen);
  if (latest.length > 0) {
    const keys = new Set(latest.map((s) => (s.a < s.b ? `${s.a}|${s.b}` : `${s.b}|${s.a}`)));
    return keys.size === 1 ? [latest[0]!.a, latest[0]!.b] : undefined;
  }
  const named = earlier(view, views).find((v) => v.phrases.length > 0);
  const people = named ? [...peopleOf(named)] : [];
  return people.length === 2 ? [people[0]!, people[1]!] : undefined;
}

const RELATIVES = perPack((pack) => new Set((pack.coreference?.relatives ?? []).map(foldTerm)));

/**
 * The one person of the main clause an object pronoun at `k` stands for when a relative word opens
 * its clause ("X दिल्ली पहुंचे, जहां Y ने उनका स्वागत किया"): the only person named before that word,
 * named again nowhere between it and the pronoun.
 */
function mainClausePerson(view: SentenceView, k: number): number | undefined {
  const { toks } = view;
  let r = k - 1;
  while (r >= 0 && !RELATIVES(toks[r]!.lang)?.has(toks[r]!.fold)) r--;
  if (r < 0) return undefined;
  const main = new Set(view.phrases.filter((p) => p.end <= r).map((p) => p.person).filter((p) => p !== undefined));
  const between = new Set(view.phrases.filter((p) => p.first > r && p.end <= k).map((p) => p.person));
  const [only] = main;
  return main.size === 1 && !between.has(only) ? only : undefined;
}

/* Case-marking packs' genitives ("के", "की", "का") and ergative markers ("ने"). */
const GENITIVES = perPack((pack) => (pack.cases ? new Set((pack.genitives ?? []).map(foldTerm)) : undefined));
/* "Y के साथ" (with Y) is no genitive of possession: "Y के साथ उनकी बैठक" is his meeting with Y. */
const WITH_AFTER_GENITIVE = perPack((pack) => new Set((pack.cases?.withAfterGenitive ?? []).map(foldTerm)));
const ERGATIVES = perPack((pack) => new Set(Object.entries(pack.cases?.markers ?? {}).filter(([, c]) => c === 'ergative').map(([w]) => foldTerm(w))));

/**
 * The one person an object pronoun at `k` stands for when its own sentence named them before it in
 * the genitive ("Y के अनुरोध पर X ने उनसे मुलाकात की", "Y के दिल्ली पहुंचने पर X ने उनका स्वागत किया"):
 * the only person named before `k` who is not a subject (marked ergative), named nowhere after it.
 */
function genitiveBefore(view: SentenceView, k: number): number | undefined {
  const { toks } = view;
  const lang = toks[k]!.lang;
  const genitives = GENITIVES(lang);
  if (!genitives) return undefined;
  const before = view.phrases.filter((p) => p.end <= k && p.person !== undefined && !ERGATIVES(lang)?.has(toks[p.end]?.fold ?? ''));
  const people = new Set(before.map((p) => p.person));
  const [only] = people;
  if (people.size !== 1 || view.phrases.some((p) => p.first > k && p.person === only)) return undefined;
  const possessor = (p: Phrase): boolean => genitives.has(toks[p.end]?.fold ?? '') && !WITH_AFTER_GENITIVE(lang)?.has(toks[p.end + 1]?.fold ?? '');
  return before.every(possessor) ? only : undefined;
}

/** The one-person subject before token `k` in its sentence, else the previous sentence's. */
function subjectBefore(view: SentenceView, views: readonly SentenceView[], k: number): number | undefined {
  const previous = views[view.order - 1];
  return sentenceSubject(view, k) ?? (previous ? sentenceSubject(previous) : undefined);
}

/** The one person a non-subject pronoun stands for: named in the nearest earlier sentence naming anyone, not here. */
function personBefore(view: SentenceView, views: readonly SentenceView[]): number | undefined {
  const named = earlier(view, views).find((v) => v.phrases.length > 0);
  if (!named) return undefined;
  const here = peopleOf(view);
  const people = [...peopleOf(named)].filter((p) => !here.has(p));
  return people.length === 1 ? people[0] : undefined;
}

/**
 * Whether a delegation noun at `k` of a case-marking language is owned by a country or someone
 * ("भारतीय प्रतिनिधिमंडल", "भारत के प्रतिनिधिमंडल"): another side's delegation, not the one told before.
 */
function ownedDelegation(toks: SentenceView['toks'], k: number): boolean {
  const prev = toks[k - 1];
  if (!prev || toks[k]!.breakBefore || !GENITIVES(prev.lang)) return false;
  return GENITIVES(prev.lang)!.has(prev.fold) || [k - 1, k - 2].some((j) => j >= 0 && NATION_WORDS.match(toks, j)?.end === k);
}

/**
 * Adds the resolved pair nouns and non-subject pronouns of a sentence to its phrases (mutates
 * `view.phrases`); `seen` are the contacts read in the article's earlier sentences.
 * @example addAntecedents(view, views, [{ order: 3, a: 0, b: 1 }]) // "الرجلان" → two phrases, people 0 and 1
 */
export function addAntecedents(view: SentenceView, views: readonly SentenceView[], seen: readonly PairSeen[]): void {
  const { toks } = view;
  const taken = (k: number): boolean => view.phrases.some((p) => p.first <= k && k < p.end);
  const added: Phrase[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (taken(k)) continue;
    const pairEnd = pairAt(toks, k);
    if (pairEnd !== undefined) {
      const people = pairBefore(view, views, seen, k);
      if (people) {
        const two = [pronounAt(k, pairEnd, people[0]), pronounAt(k, pairEnd, people[1])];
        for (const p of two) PAIR_PHRASES.add(p);
        added.push(...two);
      }
      k = pairEnd - 1;
      continue;
    }
    // "The delegates were received by Z": the people of the delegation told before.
    const delegation = DELEGATION_NOUNS.match(toks, k);
    if (delegation && !ownedDelegation(toks, k)) {
      added.push(...delegationMembers(view, views, k).map((person) => pronounAt(k, delegation.end, person)));
      k = delegation.end - 1;
      continue;
    }
    // A pronoun right before a role is a possessive ("उनके समकक्ष", "उनके दूत X"), not a person of its own;
    // before a foreign office that is no one's counterpart it is ("उनके ईरानी राष्ट्रपति X से मिलने"), and so is
    // a feminine one, which agrees with a noun after the role, not with the role ("उनकी विदेश मंत्री X से मुलाकात").
    // "उनके प्रधानमंत्री X से मिलने की संभावना है": the subject of an infinitive, not a possessive, and
    // like a subject pronoun it stands for the subject before it.
    const subject = toks[k]!.lang === 'hin' && OBJECT_PRONOUNS('hin')?.has(toks[k]!.fold) && infinitiveSubjectAt(view, k);
    const possessive = !subject && GENITIVE_PRONOUNS(toks[k]!.lang)?.has(toks[k]!.fold) === true && !FEMININE_GENITIVE.has(toks[k]!.fold) && view.phrases.some((p) => p.first === k + 1 && (p.relational || !p.nationality));
    if (!OBJECT_PRONOUNS(toks[k]!.lang)?.has(toks[k]!.fold) || possessive) continue;
    const person = mainClausePerson(view, k) ?? (subject ? subjectBefore(view, views, k) : undefined) ?? genitiveBefore(view, k) ?? personBefore(view, views);
    if (person !== undefined) added.push(pronounAt(k, k + 1, person));
  }
  // "रूस, चीन और ईरान के विदेश मंत्रियों": one person of each country, named elsewhere in the article.
  added.push(...listedRolePhrases(view, views, taken));
  if (added.length === 0) return;
  view.phrases = [...view.phrases, ...added].sort((x, y) => x.first - y.first);
}
