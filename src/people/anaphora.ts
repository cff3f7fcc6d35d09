/**
 * Pronouns and roles standing for a person named elsewhere in the article, resolved only where the
 * text makes the referent clear:
 * - a subject pronoun (Hindi उन्होंने / वह / वे, English he / she) → the single-person subject
 *   earlier in the same sentence, else the previous sentence's single-person subject (a person
 *   after a preposition of the pack is no subject);
 * - a role alone ("रूसी मंत्री ने", "मंत्री ने", "الرئيس الروسي") → the one earlier person whose
 *   role and nationality fit, leaving out people named in the same sentence (no one meets
 *   themselves); when several fit, the one named in the previous sentence, if only one was, else
 *   the one named last when that was within three sentences; when none of its nationality fits,
 *   the one earlier holder of its office whose nationality was never given;
 * - a role alone set off by a comma before a name ("his Qatari counterpart, Sheikh X") → that name;
 * - "अपने मंगोलियाई समकक्ष" (someone's counterpart of a nationality) with no earlier fit → the
 *   person named the same way ("अपने मंगोलियाई नए सहयोगी X", "his Mongolian counterpart, X")
 *   within the next two sentences, or the one person of that nationality its own sentence named
 *   before it beside someone else; otherwise a person known only by that role.
 * Unresolved role phrases are dropped: no person is invented.
 */
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { sentenceSubject } from '../grammar/subject.ts';
import type { LocalPerson } from './local-people.ts';
import { isNamed, type Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';

const PRONOUNS = perPack((pack) => new Set((pack.pronouns ?? []).map(foldTerm)));
/* Ergative markers ("ने"): a sentence with one has a subject of its own, a person or not ("भारत ने"). */
const ERGATIVES = perPack((pack) => new Set(Object.entries(pack.cases?.markers ?? {}).filter(([, c]) => c === 'ergative').map(([w]) => foldTerm(w))));
/**
 * How many sentences naming no one a subject carries over to a pronoun: "X arrived in Dushanbe. It is
 * his first visit. There he met Y", "X tweeted: '… . …' He also met Y".
 */
const CARRY = 2;
const CATAPHORA_WINDOW = 2;
/** How many sentences back the latest of several fitting people may be named to be the one a role means. */
const RECENT_WINDOW = 3;

function addPronouns(view: SentenceView): void {
  const taken = new Set(view.phrases.flatMap((p) => Array.from({ length: p.end - p.first }, (_, k) => p.first + k)));
  view.toks.forEach((tok, k) => {
    if (taken.has(k) || !PRONOUNS(tok.lang)?.has(tok.fold)) return;
    view.phrases.push({ first: k, end: k + 1, nameFirst: k, nameEnd: k, clitic: 0, source: 'pronoun', relational: false, possessive: false });
  });
  view.phrases.sort((a, b) => a.first - b.first);
}

function words(s: string | undefined): string[] {
  return s ? s.split(' ') : [];
}

/**
 * Whether a person's known roles fit a role phrase: nationality equal, office words contained. With
 * `unknownNationality`, a person whose nationality the article never gave fits any.
 */
function fits(person: LocalPerson, p: Phrase, unknownNationality = false): boolean {
  const nationality = person.nationality ?? person.roles.find((r) => r.nationality)?.nationality;
  if (p.nationality && nationality !== p.nationality && !(unknownNationality && nationality === undefined)) return false;
  const wanted = words(p.office);
  return wanted.length === 0 || person.roles.some((r) => !r.relational && wanted.every((w) => words(r.office).includes(w)));
}

/**
 * The named phrase a relational role alone stands in apposition to: right after it, set off by a
 * comma ("his Qatari counterpart, Sheikh X"), as grammar/groups.ts groups them. The role names that
 * person, whoever fits it earlier. Other roles before a comma may start a list ("the Iranian
 * minister, X and Y").
 */
function appositionOf(p: Phrase, view: SentenceView): Phrase | undefined {
  if (!p.relational) return undefined;
  const next = view.phrases.find((q) => q.first === p.end);
  return next && isNamed(next) && next.person !== undefined && view.toks[next.first]!.breakBefore ? next : undefined;
}

/** A later phrase naming someone's counterpart of this nationality: "अपने मंगोलियाई सहयोगी X", or "his Qatari counterpart, X". */
function namedCounterpart(later: SentenceView, p: Phrase): Phrase | undefined {
  const same = (q: Phrase) => q.relational && q.possessive && q.nationality === p.nationality;
  return later.phrases.find((q) => isNamed(q) && same(q)) ?? later.phrases.filter((q) => !isNamed(q) && same(q)).map((q) => appositionOf(q, later)).find((q) => q !== undefined);
}

/**
 * "عقب لقائه رئيس الوزراء الباكستاني … وأعلن رئيس الوزراء الباكستاني X": a role with its nationality
 * that no one before fits names the one person the next sentences name with the same office and
 * nationality.
 */
function namedLater(p: Phrase, view: SentenceView, views: SentenceView[], here: Set<number>): number | undefined {
  if (!p.nationality || !p.office) return undefined;
  const found = new Set<number>();
  for (const later of views.slice(view.order + 1, view.order + 1 + CATAPHORA_WINDOW)) {
    for (const q of later.phrases) if (isNamed(q) && q.person !== undefined && !here.has(q.person) && q.office === p.office && q.nationality === p.nationality) found.add(q.person);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/* Offices that are one office under two names where counterparts are concerned: the US foreign minister is its secretary of state. */
const SAME_OFFICE: Readonly<Record<string, string>> = { 'secretary of state': 'foreign minister' };
const officeKey = (office: string | undefined): string | undefined => (office ? (SAME_OFFICE[office] ?? office) : undefined);

/**
 * "Jaishankar will meet his Iranian counterpart … Iranian Foreign Minister Zarif": a counterpart
 * of a nationality that no one before fits and the next sentences do not name is the one person
 * the rest of the article names of that nationality holding the office of the person whose
 * counterpart they are (the nearest person before the phrase in its sentence); when that person's
 * office is unknown, the one person of that nationality named later at all.
 */
function laterCounterpart(p: Phrase, view: SentenceView, views: SentenceView[], people: LocalPerson[], here: Set<number>): number | undefined {
  const anchor = [...view.phrases].reverse().find((q) => q.end <= p.first && q.person !== undefined);
  const office = anchor ? officeKey(mainOffice(people[anchor.person!]!)) : undefined;
  const found = new Set<number>();
  for (const later of views.slice(view.order + 1)) {
    for (const q of later.phrases) {
      if (!isNamed(q) || q.person === undefined || here.has(q.person)) continue;
      const person = people[q.person]!;
      if ((person.nationality ?? q.nationality) !== p.nationality) continue;
      if (office === undefined || officeKey(mainOffice(person)) === office) found.add(q.person);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * "قال X، عقب محادثات مع وزير الخارجية القطري Y، إن المحادثات مع نظيره القطري …", "X met Y of
 * Qatar … his Qatari counterpart": a counterpart of a nationality is the one person of that
 * nationality its own sentence named before it, when someone else (whose counterpart they are) is
 * named there too. The rule leaving out people of the same sentence keeps a person from meeting
 * themselves; the counterpart is by definition not the possessor.
 */
function sameSentenceCounterpart(p: Phrase, view: SentenceView, people: LocalPerson[]): number | undefined {
  const before = new Set(view.phrases.filter((q) => q.end <= p.first && isNamed(q) && q.person !== undefined).map((q) => q.person!));
  const of = [...before].filter((i) => (people[i]!.nationality ?? people[i]!.roles.find((r) => r.nationality && !r.relational)?.nationality) === p.nationality);
  return of.length === 1 && before.size > 1 ? of[0] : undefined;
}

function resolveRole(p: Phrase, view: SentenceView, views: SentenceView[], people: LocalPerson[], lastSeen: Map<number, number>): number | undefined {
  const apposed = appositionOf(p, view);
  if (apposed) return apposed.person;
  const here = new Set(view.phrases.map((q) => q.person).filter((x) => x !== undefined));
  const candidates = [...lastSeen.keys()].filter((i) => !here.has(i) && fits(people[i]!, p));
  if (candidates.length === 1) return candidates[0];
  // "भारत के प्रधानमंत्री" after "प्रधानमंत्री नरेंद्र मोदी": when no one of that nationality fits, the one
  // person holding the office whose nationality was never given.
  const unplaced = [...lastSeen.keys()].filter((i) => !here.has(i) && fits(people[i]!, p, true));
  if (candidates.length === 0 && unplaced.length === 1 && p.office) return unplaced[0];
  const previous = candidates.filter((i) => lastSeen.get(i) === view.order - 1);
  if (previous.length === 1) return previous[0];
  // Else the one fitting person named last, when that is within the last few sentences and no other was named as late.
  const latest = Math.max(-1, ...candidates.map((i) => lastSeen.get(i)!));
  const nearest = candidates.filter((i) => lastSeen.get(i) === latest);
  if (nearest.length === 1 && view.order - latest <= RECENT_WINDOW) return nearest[0];
  if (candidates.length === 0 && !p.relational) return namedLater(p, view, views, here);
  if (candidates.length > 0 || !p.relational || !p.possessive || !p.nationality) return undefined;
  const named = sameSentenceCounterpart(p, view, people);
  if (named !== undefined) return named;
  for (const later of views.slice(view.order + 1, view.order + 1 + CATAPHORA_WINDOW)) {
    const named = namedCounterpart(later, p);
    if (named?.person !== undefined) return named.person;
  }
  const counterpart = laterCounterpart(p, view, views, people, here);
  if (counterpart !== undefined) return counterpart;
  people.push({ names: [], roles: [], nationality: p.nationality });
  return people.length - 1;
}

/** The office of a person's own (not relational) roles, most used first. */
function mainOffice(person: LocalPerson): string | undefined {
  const counts = new Map<string, number>();
  for (const r of person.roles) if (!r.relational && r.office) counts.set(r.office, (counts.get(r.office) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * "His Russian counterpart X": X holds the anchor's office in Russia. The anchor is the nearest
 * person before the phrase in its sentence.
 */
function deriveRelationalRole(p: Phrase, view: SentenceView, people: LocalPerson[]): void {
  if (!p.relational || p.person === undefined || !p.nationality) return;
  const anchor = [...view.phrases].reverse().find((q) => q.end <= p.first && q.person !== undefined && q.person !== p.person);
  const office = anchor ? mainOffice(people[anchor.person!]!) : undefined;
  if (!office) return;
  const person = people[p.person]!;
  person.roles.push({ role: `${p.nationality} ${office}`, office, nationality: p.nationality, relational: false });
  person.nationality ??= p.nationality;
}

/** Resolves pronoun and role phrases of an article in reading order (mutates views and people). */
export function resolveAnaphora(views: SentenceView[], people: LocalPerson[]): void {
  const lastSeen = new Map<number, number>();
  let previousSubject: number | undefined;
  let carried = 0;
  for (const view of views) {
    addPronouns(view);
    for (const p of view.phrases) {
      if (p.person !== undefined) continue;
      if (p.source === 'pronoun') p.person = sentenceSubject(view, p.first) ?? previousSubject;
      else if (p.source === 'role') {
        p.person = resolveRole(p, view, views, people, lastSeen);
        if (p.person !== undefined && p.role) people[p.person]!.roles.push({ role: p.role, office: p.office, nationality: p.nationality, relational: p.relational });
      }
    }
    view.phrases = view.phrases.filter((p) => p.person !== undefined);
    for (const p of view.phrases) {
      deriveRelationalRole(p, view, people);
      lastSeen.set(p.person!, view.order);
    }
    // A sentence naming no one and with no subject of its own leaves the subject before it in force.
    const untold = view.phrases.length === 0 && !view.toks.some((t) => ERGATIVES(t.lang)?.has(t.fold));
    if (untold && carried < CARRY) carried++;
    else {
      previousSubject = sentenceSubject(view);
      carried = 0;
    }
  }
}
