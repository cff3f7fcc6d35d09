/**
 * Words of a contact sentence that stand for people named before it, resolved to those people so
 * that the contact grammar reads them as it reads names:
 * - a pair noun ("the two leaders", "الرجلان", "दोनों नेताओं") → the two people of the latest
 *   contact stated in the previous sentences, else the two people of the nearest earlier sentence
 *   when it names exactly two;
 * - a pronoun that is never its clause's subject (उनसे "with him", उनकी "his") → the one person of
 *   the nearest earlier sentence naming anyone who is not named in this sentence;
 * - a delegation ("الوفد", "the delegation", "प्रतिनिधिमंडल") → its head, when the article has
 *   named exactly one person heading a delegation ("برئاسة X", "led by X", "X والوفد المرافق له");
 * - a subject pronoun opening the sentence ("He also met …", "On Tuesday, she spoke with …") → the subject of the contact read in
 *   the nearest earlier sentence naming anyone, or the person that sentence opens with.
 * Only when exactly one antecedent fits; otherwise the word stays unread and states no contact.
 * The words are each language pack's `coreference` data. Hindi subject pronouns (उन्होंने) and
 * roles alone are resolved with the people (src/people/anaphora.ts).
 */
import { PackPhrases } from '../grammar/phrases.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';

const PAIR_NOUNS = new PackPhrases<true>((pack) => (pack.coreference?.pairNouns ?? []).map((w) => [w, true] as const));
const OBJECT_PRONOUNS = perPack((pack) => new Set(Object.keys(pack.coreference?.objectPronouns ?? {}).map(foldTerm)));
const DELEGATIONS = new PackPhrases<true>((pack) => (pack.coreference?.delegationNouns ?? []).map((w) => [w, true] as const));
const HEADED_BY = new PackPhrases<true>((pack) => (pack.coreference?.headedBy ?? []).map((w) => [w, true] as const));
const HEADED_AFTER = new PackPhrases<true>((pack) => (pack.coreference?.headedAfter ?? []).map((w) => [w, true] as const));
const AND = perPack((pack) => new Set(pack.and.map(foldTerm)));
const POSSESSIVES = perPack((pack) => new Set(pack.possessives.map(foldTerm)));
/** Words a "headed by" phrase may span. */
const HEADED_WORDS = 3;
const SUBJECT_PRONOUNS = perPack((pack) => new Set((pack.coreference?.subjectPronouns ?? []).map(foldTerm)));
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

/** The pair a pair noun stands for: the latest contact's, else the nearest sentence's when it names exactly two. */
function pairBefore(view: SentenceView, views: readonly SentenceView[], seen: readonly PairSeen[]): [number, number] | undefined {
  const latest = latestContacts(view, seen);
  if (latest.length > 0) {
    const keys = new Set(latest.map((s) => (s.a < s.b ? `${s.a}|${s.b}` : `${s.b}|${s.a}`)));
    return keys.size === 1 ? [latest[0]!.a, latest[0]!.b] : undefined;
  }
  const named = earlier(view, views).find((v) => v.phrases.length > 0);
  const people = named ? [...peopleOf(named)] : [];
  return people.length === 2 ? [people[0]!, people[1]!] : undefined;
}

/** Words of an adverbial that may open a sentence before its subject ("On Tuesday, he met …"). */
const OPENING_ADVERBIAL = 4;

/** Whether token `k` starts the sentence's clause: first, or after a short adverbial set off by a comma and naming no one. */
function opensSentence(view: SentenceView, k: number): boolean {
  return k === 0 || (k <= OPENING_ADVERBIAL && view.toks[k]!.breakBefore && !view.phrases.some((p) => p.first < k));
}

/** The subject a sentence-opening pronoun continues: the latest contact's subject, else the person the sentence before opens with. */
function subjectBefore(view: SentenceView, views: readonly SentenceView[], seen: readonly PairSeen[]): number | undefined {
  const named = earlier(view, views).find((v) => v.phrases.length > 0);
  if (!named) return undefined;
  const here = peopleOf(view);
  const subjects = new Set(seen.filter((s) => s.order === named.order).map((s) => s.a));
  const opening = named.phrases[0]!.first === 0 ? named.phrases[0]!.person : undefined;
  const person = subjects.size > 0 ? (subjects.size === 1 ? [...subjects][0] : undefined) : opening;
  return person !== undefined && !here.has(person) ? person : undefined;
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
 * Whether a phrase names the head of a delegation: after "برئاسة", "led by"; before "के नेतृत्व
 * में"; or with the delegation joined to it by "and" ("متكي والوفد المرافق له", "X and his delegation").
 */
function headsDelegation(toks: readonly Tok[], p: Phrase): boolean {
  for (let k = Math.max(0, p.first - HEADED_WORDS); k < p.first; k++) if (HEADED_BY.match(toks, k)?.end === p.first) return true;
  if (HEADED_AFTER.match(toks, p.end)) return true;
  const next = toks[p.end];
  if (!next) return false;
  const glued = DELEGATIONS.match(toks, p.end);
  if (glued && glued.clitic > 0 && AND(next.lang)?.has(foldTerm(next.text.slice(0, glued.clitic)))) return true;
  if (!AND(next.lang)?.has(next.fold)) return false;
  const k = POSSESSIVES(next.lang)?.has(toks[p.end + 1]?.fold ?? '') ? p.end + 2 : p.end + 1;
  return DELEGATIONS.match(toks, k)?.clitic === 0;
}

/** The one person the article names as heading a delegation before this sentence. */
function delegationHead(view: SentenceView, views: readonly SentenceView[]): number | undefined {
  const heads = new Set<number>();
  for (const v of views.slice(0, view.order)) for (const p of v.phrases) if (p.person !== undefined && headsDelegation(v.toks, p)) heads.add(p.person);
  return heads.size === 1 ? [...heads][0] : undefined;
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
    const pair = PAIR_NOUNS.match(toks, k);
    if (pair) {
      const people = pairBefore(view, views, seen);
      if (people) {
        const two = [pronounAt(k, pair.end, people[0]), pronounAt(k, pair.end, people[1])];
        for (const p of two) PAIR_PHRASES.add(p);
        added.push(...two);
      }
      k = pair.end - 1;
      continue;
    }
    const delegation = DELEGATIONS.match(toks, k);
    if (delegation && delegation.clitic === 0) {
      const head = delegationHead(view, views);
      if (head !== undefined) added.push(pronounAt(k, delegation.end, head));
      k = delegation.end - 1;
      continue;
    }
    if (opensSentence(view, k) && SUBJECT_PRONOUNS(toks[k]!.lang)?.has(toks[k]!.fold)) {
      const person = subjectBefore(view, views, seen);
      if (person !== undefined) added.push(pronounAt(k, k + 1, person));
      continue;
    }
    // A pronoun right before a role is a possessive ("उनके समकक्ष"), not a person of its own.
    if (!OBJECT_PRONOUNS(toks[k]!.lang)?.has(toks[k]!.fold) || view.phrases.some((p) => p.first === k + 1)) continue;
    const person = personBefore(view, views);
    if (person !== undefined) added.push(pronounAt(k, k + 1, person));
  }
  if (added.length === 0) return;
  view.phrases = [...view.phrases, ...added].sort((x, y) => x.first - y.first);
}
