/**
 * Finding a person from what a member types, in any script and spelling: "Lavrov", "lavrov",
 * "Sergei Lavrov", "लावरोव", "لافروف", a small typo ("Lavrof"), a surname alone. Names are compared
 * word by word by sound (names.ts) against every spelling the articles and the gazetteer give.
 * A lookup index from word sound keys to people (`NameIndex`) is built once with the knowledge
 * (src/knowledge.ts owns it); a name whose keys match nobody (a typo, or nobody the articles name) is looked up in sorted lists of sounds
 * and keys within a bounded distance rather than compared with every person.
 */
import { foldTerm } from '../text/normalize.ts';
import { profileKey, similarProfiles, soundDistance, soundProfile, type SoundProfile } from '../text/phonetic.ts';
import { nameForm, sameName, sameWord, suffixOf, wordKey, type NameForm } from './names.ts';
import { LEVENSHTEIN, nearStrings } from './near-strings.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import { initialLetter, sentenceTokens } from '../grammar/tokens.ts';
import { allPacks, packsVersion } from '../languages/index.ts';
import { acronymOf, ACRONYM_QUERY, otherSpellings, roleKey } from './other-ways.ts';
import { soundAlikeIndex, soundAlikeWords, type SoundAlikeIndex } from './sound-alikes.ts';
import { eachInSteps, runSteps } from '../steps.ts';
import type { PeopleKnowledge, Person } from './types.ts';

/** A spelling with its folded text, computed once when the index is built. */
interface Spelling {
  form: NameForm;
  folded: string;
  /** Its words, and each two neighbouring words written as one: scripts split compound names
   * differently (جاويش أوغلو Cavusoglu, عبد اللهيان Abdollahian, जिन पिंग Jinping). */
  parts: string[];
}

/** The words of a name, its neighbouring pairs joined, and a word written with the article joined without it. */
export function nameParts(form: NameForm): string[] {
  const joined = form.words.slice(1).map((w, i) => form.words[i]! + w);
  return [...form.words, ...joined, ...form.words.flatMap(withoutArticle)];
}

/* A name word after its article keeps at least this many letters ("Albusaidi", not "Alam"). */
const MIN_AFTER_ARTICLE = 4;
let articlesOf: { version: number; list: string[] } | undefined;
/** Every pack's joined articles, worked out once per set of packs: the index asks for each word. */
function articles(): string[] {
  if (articlesOf?.version !== packsVersion()) articlesOf = { version: packsVersion(), list: allPacks().flatMap((p) => p.joinedArticles ?? []) };
  return articlesOf.list;
}

/** The word without a joined definite article of any pack (Busaidi of Albusaidi, عطية of العطية). */
function withoutArticle(word: string): string[] {
  const lower = word.toLowerCase();
  for (const article of articles()) {
    if (lower.startsWith(article) && [...word].length - [...article].length >= MIN_AFTER_ARTICLE) return [word.slice(article.length)];
  }
  return [];
}

/** The name lookup tables of one people knowledge; built by `nameIndex`, kept by the knowledge. */
export interface NameIndex {
  byId: Map<string, Person>;
  forms: Map<Person, Spelling[]>;
  byKey: Map<string, Set<Person>>;
  /** Sound profiles of every spelling word, computed once: comparing by sound is then cheap. */
  profiles: Map<string, SoundProfile>;
  /** Position in the knowledge's list: ties are broken in that order. */
  order: Map<Person, number>;
  byWord: Map<string, Set<Person>>;
  byFolded: Map<string, Set<Person>>;
  /** Sound-alike words, for a name whose keys match nobody (a typo). */
  alikes: SoundAlikeIndex;
  /** Every word key, sorted, for "did you mean". */
  sortedKeys: string[];
  /** People by the initials of their display name's first words ("MBS"): other-ways.ts. */
  byAcronym: Map<string, Set<Person>>;
  /** People by their role with the nationality written one way ("Qatari emir" for "emir of Qatar"). */
  byRole: Map<string, Set<Person>>;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Every name lookup table, built up front (at 100,000 articles about 17 s), so that no question
 * waits for them.
 * @example findPerson(nameIndex(kb), 'Lavrov').person?.id // 'sergey-lavrov'
 */
export function nameIndex(kb: PeopleKnowledge): NameIndex {
  return runSteps(nameIndexSteps(kb));
}

/** `nameIndex` in time slices of the people, so a reload answers questions in between (see steps.ts). */
export function* nameIndexSteps(kb: PeopleKnowledge): Generator<void, NameIndex> {
  const index: Omit<NameIndex, 'alikes' | 'sortedKeys'> = {
    byId: new Map(), forms: new Map(), byKey: new Map(), profiles: new Map(), order: new Map(), byWord: new Map(), byFolded: new Map(), byAcronym: new Map(), byRole: new Map(),
  };
  yield* eachInSteps(kb.people, (person) => {
    if (!index.byId.has(person.id)) index.byId.set(person.id, person);
    index.order.set(person, index.order.size);
    for (const acronym of acronymOf(person.display)) addTo(index.byAcronym, acronym, person);
    if (person.role) addTo(index.byRole, roleKey(person.role), person);
    const forms = [person.display, ...person.spellings].map((s) => nameForm(s));
    const spellings = forms.map((form) => ({ form, folded: foldTerm(form.text), parts: nameParts(form) }));
    index.forms.set(person, spellings);
    for (const { folded } of spellings) addTo(index.byFolded, folded, person);
    for (const w of spellings.flatMap((f) => f.parts)) {
      let profile = index.profiles.get(w);
      if (!profile) index.profiles.set(w, (profile = soundProfile(w)));
      // The key from the profile: the same as wordKey(w), without working out the word's sounds again.
      addTo(index.byKey, profileKey(profile), person);
      addTo(index.byWord, w, person);
    }
  });
  yield;
  const alikes = soundAlikeIndex(index.profiles);
  yield;
  return { ...index, alikes, sortedKeys: [...index.byKey.keys()].sort() };
}

const LATIN = /^\p{Script=Latin}/u;
/* Between "same name" (3) and "a typed word somewhere in it" (2). */
const SURNAME_FIT = 2.5;

/**
 * How well a typed name fits one spelling: 4 exact, 3 same name, 2.5 a word typed alone its last word, 2 every typed word in it, 1 close
 * in sound, or every word of a spelling of two or more words among the typed ones, the first
 * word first ("Tamim bin Hamad Al Thani" for "تميم بن حمد").
 */
function fit(query: NameForm, queryFolded: string, queryProfiles: SoundProfile[], { form: spelling, folded, parts }: Spelling, index: NameIndex): number {
  if (queryFolded === folded) return 4;
  // A surname alone is the same name as a spelling that is that surname alone: no better a fit
  // than the full names holding it, so the most named of them answers ("Mujahid").
  if (sameName(query, spelling)) return query.words.length > 1 ? 3 : 2;
  // A word typed alone is more likely the surname than a middle name ("Ghani": Ashraf Ghani before
  // Abdul Ghani Baradar); Latin spellings only, as Latin letters compare surely.
  if (query.words.length === 1 && spelling.words.length > 1 && LATIN.test(spelling.text) && foldTerm(query.words[0]!) === foldTerm(spelling.words[spelling.words.length - 1]!)) return SURNAME_FIT;
  // Typed words that follow one another in the spelling fit better than the same words apart
  // ("bin Salman": Mohammed bin Salman, not Salman bin Abdulaziz).
  if (query.words.length > 1 && inARow(query.words, spelling.words)) return SURNAME_FIT;
  if (query.words.every((q) => parts.some((w) => sameWord(q, w)))) return 2;
  if (queryProfiles.every((q) => parts.some((w) => similarProfiles(q, index.profiles.get(w)!)))) return 1;
  const within = spelling.words.length > 1 && query.words.length > spelling.words.length && sameWord(query.words[0]!, spelling.words[0]!);
  if (within && eachMatchedApart(spelling.words, query.words)) return 1;
  // The article leaves out a first given name the member types ("Mohammad Javad Zarif", जवाद जरीफ).
  if (suffixOf(spelling, query)) return 1;
  if (initialsFit(query, spelling)) return 1;
  if (shortenedFit(query, spelling)) return 1;
  return 0;
}

/** Whether the typed words are the same words as some run of the written ones, in order. */
function inARow(typed: readonly string[], written: readonly string[]): boolean {
  for (let start = 0; start + typed.length <= written.length; start++) {
    if (typed.every((q, k) => sameWord(q, written[start + k]!))) return true;
  }
  return false;
}

/* A typed given name shorter than this is no short form of a compound one ("Ali" is not "Alimjan"). */
const SHORT_FORM_LETTERS = 4;

/**
 * Whether the typed name is the spelling with a compound given name typed short, word for word:
 * the same surname, and each other typed word the same name or the sound of the written word's
 * start ("Harsh Shringla" for हर्षवर्धन श्रृंगला, Harshvardhan).
 */
function shortenedFit(query: NameForm, spelling: NameForm): boolean {
  const n = query.words.length;
  if (n < 2 || spelling.words.length !== n || !sameWord(query.words[n - 1]!, spelling.words[n - 1]!)) return false;
  return query.words.slice(0, -1).every((q, i) => {
    const w = spelling.words[i]!;
    if (sameWord(q, w)) return true;
    const key = wordKey(q);
    return q.length >= SHORT_FORM_LETTERS && key.length >= 2 && wordKey(w).startsWith(key);
  });
}

/** Whether every word of `words` is the same name as a typed word of its own (अब्दुल्ला अब्दुल्ला is not "Abdul Qahar Balkhi"). */
function eachMatchedApart(words: readonly string[], typed: readonly string[]): boolean {
  const used = new Set<number>();
  return words.every((w) => {
    const i = typed.findIndex((q, j) => !used.has(j) && sameWord(q, w));
    if (i >= 0) used.add(i);
    return i >= 0;
  });
}

/* Initials typed run together ("JP Singh"): two or three capitals. */
const TYPED_INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * Whether a spelling that writes given names as initials is the typed name word for word: each
 * initial the first letter of the typed word in its place, every other word the same name
 * ("Subrahmanyam Jaishankar" and "JP Singh" for "S Jaishankar" and "J P Singh").
 */
function initialsFit(query: NameForm, spelling: NameForm): boolean {
  if (spelling.folded.length === spelling.words.length) return false;
  const typed = sentenceTokens(query.text, 0).flatMap((t) => (TYPED_INITIALS.test(t.text) ? [...t.fold] : [t.fold]));
  const written = sentenceTokens(spelling.text, 0);
  if (typed.length !== written.length) return false;
  return written.every((tok, i) => {
    const letter = initialLetter(tok)?.toLowerCase();
    return letter ? typed[i]!.startsWith(letter) : sameWord(typed[i]!, tok.text);
  });
}

/**
 * How far the typed words sound from the person's closest spelling, in tenths: among people who
 * fit equally, the one whose name sounds as typed answers ("Boris": बोरिस जॉनसन before نيد برايس,
 * whose برايس is near only because Arabic prints no short vowels).
 */
function soundsOff(typed: readonly SoundProfile[], person: Person, index: NameIndex): number {
  let best = Infinity;
  for (const { parts } of index.forms.get(person)!) {
    let sum = 0;
    for (const q of typed) sum += Math.min(...parts.map((w) => { const p = index.profiles.get(w)!; return soundDistance(q.sounds, p.sounds, q.arabic, p.arabic); }));
    best = Math.min(best, sum);
  }
  return Math.round(best * 10);
}

/** A typed name without the titles in front of it ("Mullah Baradar", "General Faiz"). */
function withoutTitles(text: string): string {
  const toks = sentenceTokens(text, 0);
  let i = 0;
  for (let m = TITLE_WORDS.match(toks, i); m && m.end < toks.length; m = TITLE_WORDS.match(toks, i)) i = m.end;
  return i === 0 ? text : text.slice(toks[i]!.start);
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

/** Up to this many people sharing a sound key with the query are compared with it directly. */
const FEW_ENOUGH_TO_TRY = 50;

function mentionCount(p: Person): number {
  return p.mentions.length;
}

/** The people with a name word written like the typed word, or close to it in sound. */
export function peopleNearWord(index: NameIndex, typed: string, profile: SoundProfile): Set<Person> {
  const close = new Set(index.byWord.get(typed));
  for (const word of soundAlikeWords(index.alikes, profile)) for (const person of index.byWord.get(word)!) close.add(person);
  return close;
}

/**
 * Everyone who can fit the typed name at all: the same text folded (fit 4), or a name with, for
 * every typed word, the same word or one close in sound (fits 3 to 1 all need that, since words
 * the same name agree in sound too). Far fewer than the people sharing one sound key with the
 * query, and found without comparing the query with each of them.
 */
function possibleFits(index: NameIndex, wanted: NameForm, profiles: readonly SoundProfile[], folded: string): Set<Person> {
  let common: Set<Person> | undefined;
  wanted.words.forEach((typed, i) => {
    const close = peopleNearWord(index, typed, profiles[i]!);
    common = common ? new Set([...common].filter((p) => close.has(p))) : close;
  });
  for (const person of index.byFolded.get(folded) ?? []) common!.add(person);
  return common!;
}

/**
 * @example findPerson(kb.tables.people.names, 'लावरोव').person?.display // 'Sergey Lavrov'
 * @example findPerson(kb.tables.people.names, 'Lavrof').person?.id // 'sergey-lavrov'
 */
export function findPerson(index: NameIndex, query: string): PersonLookup {
  const text = clampName(query);
  if (!text) return { alternatives: [] };
  const byId = index.byId.get(text);
  if (byId) return { person: byId, alternatives: [] };
  const found = findByName(index, text);
  if (found.person) return found;
  for (const other of otherSpellings(text)) {
    const again = findByName(index, other);
    if (again.person) return again;
  }
  if (ACRONYM_QUERY.test(text)) return bestOf(index.byAcronym.get(text));
  const role = roleKey(text);
  // An office of one word ("President") is too many people's.
  return role.includes(' ') ? bestOf(index.byRole.get(role)) : { alternatives: [] };
}

/** The most named of these people, the others as alternatives. */
function bestOf(people: Iterable<Person> | undefined): PersonLookup {
  const ranked = [...(people ?? [])].sort((a, b) => mentionCount(b) - mentionCount(a));
  return ranked[0] ? { person: ranked[0], alternatives: ranked.slice(1) } : { alternatives: [] };
}

function findByName(index: NameIndex, text: string): PersonLookup {
  const wanted = nameForm(withoutTitles(text));
  if (wanted.words.length === 0) return { alternatives: [] };
  const keyed = new Set(wanted.words.flatMap((w) => [...(index.byKey.get(wordKey(w)) ?? [])]));
  const wantedProfiles = wanted.words.map((w) => soundProfile(w));
  const wantedFolded = foldTerm(wanted.text);
  // People sharing a sound key are tried in the order of the typed words; many of them are first
  // narrowed to those who can fit. A typo can change the key: then whoever can fit is tried, in knowledge order.
  let pool = [...keyed];
  if (keyed.size > FEW_ENOUGH_TO_TRY) {
    const possible = possibleFits(index, wanted, wantedProfiles, wantedFolded);
    pool = pool.filter((p) => possible.has(p));
  } else if (keyed.size === 0) {
    pool = [...possibleFits(index, wanted, wantedProfiles, wantedFolded)].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
  }
  const scored = pool
    .map((person) => ({ person, score: Math.max(0, ...index.forms.get(person)!.map((f) => fit(wanted, wantedFolded, wantedProfiles, f, index))) }))
    .filter((s) => s.score > 0)
    .map((s) => ({ ...s, off: s.score >= 4 ? 0 : soundsOff(wantedProfiles, s.person, index) }))
    .sort((a, b) => b.score - a.score || a.off - b.off || mentionCount(b.person) - mentionCount(a.person));
  const best = scored[0];
  if (!best) return { alternatives: [] };
  return { person: best.person, alternatives: scored.slice(1).filter((s) => s.score === best.score).map((s) => s.person) };
}

/**
 * How far (in edits of the sound key) a suggestion may be from what was typed: beyond about a
 * third of the key, "did you mean" offers names that merely share a letter or two.
 */
function suggestionRadius(key: string): number {
  return Math.max(1, Math.ceil(key.length / 3));
}

/**
 * People whose names sound closest to a name nobody has, for "did you mean"; fewer than `max`
 * (or none) when nobody's name is close.
 * @example closestPeople(kb.tables.people.names, 'Lavrenti', 3).map((p) => p.display) // ['Sergey Lavrov', …]
 */
export function closestPeople(index: NameIndex, query: string, max: number): Person[] {
  // Each typed word against each name word: "Lavrentiy Beria" is close to Lavrov by its first word.
  const targets = [...new Set(foldTerm(clampName(query)).split(/\s+/u).map(wordKey))].filter(Boolean);
  const keys = index.sortedKeys;
  const widest = Math.max(0, ...targets.map(suggestionRadius));
  // Everyone within distance r, for r = 0, 1, …: once `max` people are that close, nobody farther can rank above them.
  const distance = new Map<Person, number>();
  for (let r = 0; distance.size < max && r <= widest; r++) {
    distance.clear();
    for (const target of targets) {
      if (r > suggestionRadius(target)) continue;
      nearStrings(keys, target, r, LEVENSHTEIN, (i, d) => {
        for (const person of index.byKey.get(keys[i]!)!) distance.set(person, Math.min(d, distance.get(person) ?? d));
      });
    }
  }
  return [...distance.keys()]
    .sort((a, b) => index.order.get(a)! - index.order.get(b)!)
    .map((person) => ({ person, d: distance.get(person)! }))
    .sort((a, b) => a.d - b.d || mentionCount(b.person) - mentionCount(a.person))
    .slice(0, max)
    .map((s) => s.person);
}
