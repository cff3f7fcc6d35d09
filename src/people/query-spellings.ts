/**
 * Query words that name a person the articles name: the person's spellings as the articles write
 * them, from the people index, stand for those words too. Sound-alikes reach most names, but not a
 * transliteration that drifts ("Mirziyoyev" and the spelling a Hindi article uses, "Hua Chunying"
 * and its Arabic); the people analysis has already joined those spellings to one person.
 */
import { peopleNearWord, type NameIndex } from './lookup.ts';
import { nameForm, sameWord } from './names.ts';
import { similarProfiles, soundProfile } from '../text/phonetic.ts';
import type { Person } from './types.ts';
import { foldTerm, scriptOf } from '../text/normalize.ts';
import { spellingPhrase, type QueryUnit, type Slot } from '../search/expand.ts';
import type { Vocabulary } from '../search/vocabulary.ts';

/** Query words tried as one name, at most ("Mohammed bin Abdulrahman Al Thani"). */
const MAX_RUN = 4;
/** Spellings of the person added, at most (most frequent first): each is a posting list to walk. */
const MAX_SPELLINGS = 6;
/** Spellings shown for a unit, as expand.ts shows its own. */
const MAX_VARIANTS = 4;

const nameLike = (u: QueryUnit) => !u.concept && !u.text.includes(' ') && scriptOf(u.text) === 'latin';

/** Each person's Latin name words, folded; worked out once per person. */
const latinOf = new WeakMap<Person, string[]>();
function latinWords(index: NameIndex, person: Person): string[] {
  let words = latinOf.get(person);
  if (!words) {
    words = [...new Set((index.forms.get(person) ?? []).filter((s) => scriptOf(s.form.text) === 'latin').flatMap((s) => s.parts.map(foldTerm)))];
    latinOf.set(person, words);
  }
  return words;
}

/** People with a name word written like the query word or close to it in sound (as `findPerson` gathers them). */
function nearPeople(index: NameIndex, typed: string): Set<Person> | undefined {
  const close = peopleNearWord(index, typed, soundProfile(typed));
  return close.size > 0 ? close : undefined;
}

/** Whether a query word is one of the name words, by sound: the same word, or one a small slip apart ("Kazakbaev", Kazakbayev). */
function namesWord(typed: string, words: readonly string[]): boolean {
  const profile = soundProfile(typed);
  return words.some((w) => sameWord(typed, w)) || words.some((w) => similarProfiles(profile, soundProfile(w)));
}

/**
 * The person a run of query words names: of those with a name word sounding like each query word
 * (the index's sound keys), the ones for whom each query word is, by sound, one of their Latin name
 * words; the most mentioned of them. Not `findPerson`: its typo search costs about 1 ms a lookup,
 * and it answers with someone for words that are not in any of their names (a role, a near word).
 */
function personOf(index: NameIndex, run: readonly QueryUnit[], near: ReadonlyArray<ReadonlySet<Person> | undefined>): Person | undefined {
  if (near.some((s) => !s)) return undefined;
  const [first, ...rest] = near as ReadonlyArray<ReadonlySet<Person>>;
  const typed = run.map((u) => foldTerm(u.text));
  let best: Person | undefined;
  for (const person of first!) {
    if (!rest.every((s) => s.has(person)) || (best && best.mentions.length >= person.mentions.length)) continue;
    const words = latinWords(index, person);
    if (typed.every((t) => namesWord(t, words))) best = person;
  }
  return best;
}

/**
 * Whether a spelling names no one else the people index knows: a surname alone that others share
 * (खान, سنغ) would bring in every article about them.
 */
function onlyTheirs(index: NameIndex, person: Person, spelling: string): boolean {
  let common: Set<Person> | undefined;
  for (const w of nameForm(spelling).words) {
    const holders = index.byWord.get(w);
    if (!holders?.has(person)) return false;
    common = common ? new Set([...common].filter((p) => holders.has(p))) : new Set(holders);
  }
  return common?.size === 1;
}

/** The phrases of a person's spellings, by vocabulary (which clitic forms are attested; one knowledge has one vocabulary and one people index): built once per person. */
const phraseMemo = new WeakMap<Vocabulary, WeakMap<Person, Slot[][]>>();
function phrasesOf(index: NameIndex, person: Person, vocabulary: Vocabulary): Slot[][] {
  let byPerson = phraseMemo.get(vocabulary);
  if (!byPerson) phraseMemo.set(vocabulary, (byPerson = new WeakMap()));
  let phrases = byPerson.get(person);
  if (!phrases) {
    // Whole spellings, given name included: a surname alone (the last word) lost more than it found on the dev set.
    phrases = person.native.filter((s) => onlyTheirs(index, person, s)).slice(0, MAX_SPELLINGS).map((s) => spellingPhrase(s, 1, vocabulary)).filter((p) => p.length > 0);
    byPerson.set(person, phrases);
  }
  return phrases;
}

/** A run of query units that names one person the people index knows. */
interface NamedRun {
  start: number;
  end: number;
  person: Person;
}

/**
 * The people a query's units name: the longest run of words that names someone is taken first.
 * @example queryPeople(parseQuery('Ajit Doval Patrushev', vocabulary).units, names).map((r) => r.person.display) // ['Ajit Doval', 'Nikolai Patrushev']
 */
function queryPeople(units: readonly QueryUnit[], index: NameIndex | undefined): NamedRun[] {
  if (!index || index.byId.size === 0) return [];
  const near = units.map((u) => (nameLike(u) ? nearPeople(index, u.text) : undefined));
  const runs: NamedRun[] = [];
  for (let i = 0; i < units.length; ) {
    let taken = 1;
    for (let n = Math.min(MAX_RUN, units.length - i); n >= 1; n--) {
      const person = personOf(index, units.slice(i, i + n), near.slice(i, i + n));
      if (!person) continue;
      runs.push({ start: i, end: i + n, person });
      taken = n;
      break;
    }
    i += taken;
  }
  return runs;
}

/** How many times each article names a person; worked out once per person. */
const mentionsMemo = new WeakMap<Person, ReadonlyMap<number, number>>();
function mentionsByArticle(person: Person): ReadonlyMap<number, number> {
  let counts = mentionsMemo.get(person);
  if (!counts) {
    const out = new Map<number, number>();
    for (const m of person.mentions) out.set(m.article, (out.get(m.article) ?? 0) + 1);
    mentionsMemo.set(person, (counts = out));
  }
  return counts;
}

/**
 * The units with each named person's article spellings added as phrases of every unit that names
 * them (`queryPeople`), and the articles that name the person (`namedIn`, for ranking).
 * @example withPersonSpellings(parseQuery('Qurbonaliyev', vocabulary).units, names, vocabulary) // the unit also matches 'ओताबेक कुरबानअलीएफ'
 */
export function withPersonSpellings(units: QueryUnit[], index: NameIndex | undefined, vocabulary: Vocabulary): QueryUnit[] {
  const runs = queryPeople(units, index);
  if (runs.length === 0) return units;
  const out = [...units];
  for (const { start, end, person } of runs) {
    const phrases = phrasesOf(index!, person, vocabulary);
    const namedIn = mentionsByArticle(person);
    for (let k = start; k < end; k++) {
      const unit = out[k]!;
      // Shown in "understood as" when no corpus spelling sounded like the word.
      const variants = unit.variants.length > 0 ? unit.variants : person.native.filter((s) => onlyTheirs(index!, person, s)).slice(0, MAX_VARIANTS);
      out[k] = { ...unit, variants, phrases: [...unit.phrases, ...phrases], namedIn };
    }
  }
  return out;
}
