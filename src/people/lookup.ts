/**
 * Finding a person from what a member types, in any script and spelling: "Lavrov", "lavrov",
 * "Sergei Lavrov", "लावरोव", "لافروف", a small typo ("Lavrof"), a surname alone. Names are compared
 * word by word by sound (names.ts) against every spelling the articles and the gazetteer give.
 * A lookup index from word sound keys to people is built once per knowledge object.
 */
import { foldTerm } from '../text/normalize.ts';
import { similarProfiles, soundProfile, type SoundProfile } from '../text/phonetic.ts';
import { nameForm, sameName, sameWord, wordKey, type NameForm } from './names.ts';
import type { PeopleKnowledge, Person } from './types.ts';

/** A spelling with its folded text and word sound keys, computed once when the index is built. */
interface Spelling {
  form: NameForm;
  folded: string;
  keys: string[];
}

interface Indexed {
  byId: Map<string, Person>;
  forms: Map<Person, Spelling[]>;
  byKey: Map<string, Set<Person>>;
  /** Sound profiles of every spelling word, computed once: comparing by sound is then cheap. */
  profiles: Map<string, SoundProfile>;
}

const indexes = new WeakMap<PeopleKnowledge, Indexed>();

function indexOf(kb: PeopleKnowledge): Indexed {
  let index = indexes.get(kb);
  if (index) return index;
  index = { byId: new Map(), forms: new Map(), byKey: new Map(), profiles: new Map() };
  for (const person of kb.people) {
    if (!index.byId.has(person.id)) index.byId.set(person.id, person);
    const forms = [person.display, ...person.spellings].map((s) => nameForm(s));
    index.forms.set(person, forms.map((form) => ({ form, folded: foldTerm(form.text), keys: form.words.map(wordKey) })));
    for (const w of forms.flatMap((f) => f.words)) {
      if (!index.profiles.has(w)) index.profiles.set(w, soundProfile(w));
      const set = index.byKey.get(wordKey(w)) ?? new Set<Person>();
      set.add(person);
      index.byKey.set(wordKey(w), set);
    }
  }
  indexes.set(kb, index);
  return index;
}

/** How well a typed name fits one spelling: 4 exact, 3 same name, 2 every typed word in it, 1 close in sound. */
function fit(query: NameForm, queryFolded: string, queryProfiles: SoundProfile[], { form: spelling, folded }: Spelling, index: Indexed): number {
  if (queryFolded === folded) return 4;
  if (sameName(query, spelling)) return 3;
  if (query.words.every((q) => spelling.words.some((w) => sameWord(q, w)))) return 2;
  if (queryProfiles.every((q) => spelling.words.some((w) => similarProfiles(q, index.profiles.get(w)!)))) return 1;
  return 0;
}

export interface PersonLookup {
  /** The best match, when there is one. */
  person?: Person;
  /** Other people matching as well as `person` ("Sergey" alone may fit several). */
  alternatives: Person[];
}

/** Longer than any real name; a pasted blob is cut so that sound comparisons stay cheap. */
const MAX_NAME_CHARS = 100;
const MAX_WORD_CHARS = 40;

function clampName(query: string): string {
  return query
    .trim()
    .slice(0, MAX_NAME_CHARS)
    .split(/\s+/u)
    .map((w) => w.slice(0, MAX_WORD_CHARS))
    .join(' ');
}

function mentionCount(p: Person): number {
  return p.mentions.length;
}

/**
 * @example findPerson(kb, 'लावरोव').person?.display // 'Sergey Lavrov'
 * @example findPerson(kb, 'Lavrof').person?.id // 'sergey-lavrov'
 */
export function findPerson(kb: PeopleKnowledge, query: string): PersonLookup {
  const text = clampName(query);
  if (!text) return { alternatives: [] };
  const index = indexOf(kb);
  const byId = index.byId.get(text);
  if (byId) return { person: byId, alternatives: [] };
  const wanted = nameForm(text);
  if (wanted.words.length === 0) return { alternatives: [] };
  const keyed = new Set(wanted.words.flatMap((w) => [...(index.byKey.get(wordKey(w)) ?? [])]));
  // A typo can change the sound key; then every person is tried by sound distance.
  const pool = keyed.size > 0 ? [...keyed] : kb.people;
  const wantedProfiles = wanted.words.map((w) => soundProfile(w));
  const wantedFolded = foldTerm(wanted.text);
  const scored = pool
    .map((person) => ({ person, score: Math.max(0, ...index.forms.get(person)!.map((f) => fit(wanted, wantedFolded, wantedProfiles, f, index))) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || mentionCount(b.person) - mentionCount(a.person));
  const best = scored[0];
  if (!best) return { alternatives: [] };
  return { person: best.person, alternatives: scored.slice(1).filter((s) => s.score === best.score).map((s) => s.person) };
}

/**
 * People whose names sound closest to a name nobody has, for "did you mean".
 * @example closestPeople(kb, 'Lavrenti', 3).map((p) => p.display) // ['Sergey Lavrov', …]
 */
export function closestPeople(kb: PeopleKnowledge, query: string, max: number): Person[] {
  const target = wordKey(foldTerm(clampName(query)).replace(/\s+/gu, ''));
  const distance = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row;
    }
    return prev[b.length]!;
  };
  const index = indexOf(kb);
  return kb.people
    .map((person) => ({ person, d: Math.min(...index.forms.get(person)!.flatMap((f) => f.keys.map((k) => distance(target, k)))) }))
    .sort((a, b) => a.d - b.d || mentionCount(b.person) - mentionCount(a.person))
    .slice(0, max)
    .map((s) => s.person);
}
