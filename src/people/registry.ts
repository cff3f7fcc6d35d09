/**
 * Canonical people across articles. Article-local people join one canonical person when:
 * - they carry the same gazetteer id, or
 * - a name of two or more significant words is the same name (names.ts), the same name continued,
 *   or its end without the first given names ("Ashraf Ghani" of "Mohammad Ashraf Ghani"), or
 * - a one-word name is the surname of exactly one person known by a longer name, or another word
 *   of it when the nationality agrees too ("अफगान राष्ट्रपति अशरफ" → Ashraf Ghani).
 * People known only by a role ("Mongolian foreign minister") stay on their own.
 */
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import type { LocalPerson } from './local-people.ts';
import { isFatherWord, joinedKey, joinedOf, nameForm, prefixOf, sameName, sameWord, splitAlike, splitAlikeAhead, suffixOf, wordKey, type NameForm } from './names.ts';
import { isNameParticle } from '../grammar/words.ts';
import { NATION_WORDS } from '../grammar/nations.ts';
import { sentenceTokens } from '../grammar/tokens.ts';

/** The nationality a gazetteer role starts with ("Afghan president" → Afghan). */
function nationalityOf(role: string | undefined): string | undefined {
  const m = role ? NATION_WORDS.match(sentenceTokens(role, 0), 0) : undefined;
  return m && !m.value.isCountry ? m.value.adjective : undefined;
}

export interface Group {
  gazetteer?: GazetteerEntry;
  names: NameForm[];
  nationality?: string;
  /** [article index in the analysis list, local person index] */
  members: Array<[number, number]>;
}

const fullKey = (name: NameForm): string => name.words.map(wordKey).join(' ');
const startKey = (name: NameForm): string => name.words.slice(0, 2).map(wordKey).join(' ');
const endKey = (name: NameForm): string => name.words.slice(-2).map(wordKey).join(' ');

/* Consonants a name's keys must hold between them before it may stand for a longer name it ends:
 * "Ali Khan" ends many people's names, "Ashraf Ghani" one. */
const DISTINCTIVE_END_LETTERS = 5;

/** Whether a name has a patronymic or family particle ("bin", بن, बिन): its end may be another person's name, the father's. */
export function hasParticle(name: NameForm): boolean {
  return sentenceTokens(name.text, 0).some((tok) => isNameParticle(tok) || sameWord(tok.text, 'bin') || sameWord(tok.text, 'ibn'));
}

/**
 * Whether a name of two or more words ends in a father's name ("Khalid bin Mohammed", خالد بن محمد):
 * its last word is not the person's own, so a name alone that is that word is someone else (the
 * father, or another Mohammed).
 */
export function endsInFather(name: NameForm): boolean {
  const n = name.folded.length;
  return n >= 3 && isFatherWord(name.folded[n - 2]!);
}

/**
 * Whether `short` is the end of `long` written without its first given names ("Ashraf Ghani" of
 * "Mohammad Ashraf Ghani", "Tayyip Erdogan" of "Recep Tayyip Erdogan"). Refused when the longer
 * name has a particle ("Hamad Al Thani" is the father of "Tamim bin Hamad Al Thani") and when the
 * shorter is too common to be one person's.
 */
function endOf(short: NameForm, long: NameForm): boolean {
  if (!suffixOf(short, long) || hasParticle(long)) return false;
  return short.words.reduce((sum, w) => sum + wordKey(w).length, 0) >= DISTINCTIVE_END_LETTERS;
}

class GroupIndex {
  readonly groups: Group[] = [];
  /** Phonetic key of a name's last word → groups having such a name. */
  private readonly byLast = new Map<string, Set<number>>();
  /** Phonetic key of any name word → groups. */
  private readonly byWord = new Map<string, Set<number>>();
  /** Phonetic keys of all of a name's words → groups: same names have the same keys (names.ts). */
  private readonly byFull = new Map<string, Set<number>>();
  /** Key of a name's words written together → groups (names split apart differently). */
  private readonly byJoined = new Map<string, Set<number>>();
  /** Keys of a long name's first two words → groups (a name and the same name continued). */
  private readonly byStart = new Map<string, Set<number>>();
  /** Keys of a long name's last two words → groups (a name and its given names left out). */
  private readonly byEnd = new Map<string, Set<number>>();

  add(group: Group): number {
    this.groups.push(group);
    const index = this.groups.length - 1;
    for (const name of group.names) this.indexName(index, name);
    return index;
  }

  join(index: number, person: LocalPerson, member: [number, number]): void {
    const group = this.groups[index]!;
    group.members.push(member);
    group.nationality ??= person.nationality;
    for (const name of person.names) {
      if (group.names.some((n) => n.text === name.text)) continue;
      group.names.push(name);
      this.indexName(index, name);
    }
  }

  private indexName(index: number, name: NameForm): void {
    const last = name.words[name.words.length - 1];
    if (last) this.put(this.byLast, wordKey(last), index);
    for (const w of name.words) this.put(this.byWord, wordKey(w), index);
    this.put(this.byFull, fullKey(name), index);
    if (name.words.length > 1) this.put(this.byJoined, joinedKey(name), index);
    if (name.words.length > 1) this.put(this.byStart, startKey(name), index);
    if (name.words.length > 1) this.put(this.byEnd, endKey(name), index);
  }

  private put(map: Map<string, Set<number>>, key: string, index: number): void {
    const set = map.get(key) ?? new Set<number>();
    set.add(index);
    map.set(key, set);
  }

  /**
   * Groups with a name equal to `name`. `agrees`: whether a group may take the name by a looser
   * match (written apart, continued, its end): those are refused across nationalities, where an
   * equal name is not (one article may give a known person another's nationality).
   */
  same(name: NameForm, agrees: (group: number) => boolean = () => true): number[] {
    const same = [...(this.byFull.get(fullKey(name)) ?? [])].filter((g) => this.groups[g]!.names.some((n) => sameName(n, name) || sameKeys(n, name)));
    // A name written as one word ("डॉमिनिक्राब") is a longer name written together.
    if (same.length === 0 && name.words.length === 1) return [...(this.byJoined.get(joinedKey(name)) ?? [])].filter((g) => this.groups[g]!.names.some((n) => joinedOf(name, n)));
    if (same.length > 0 || name.words.length < 2) return same;
    // Split given names are found by the last word too: a split may change the joined key (أميرهان, أمير خان: h and kh).
    const last = wordKey(name.words[name.words.length - 1]!);
    const splitting = new Set([...(this.byJoined.get(joinedKey(name)) ?? []), ...(this.byLast.get(last) ?? [])]);
    const split = [...splitting].filter((g) => agrees(g) && this.groups[g]!.names.some((n) => splitAlike(n, name) || splitAlikeAhead(n, name)));
    if (split.length > 0) return split;
    const continued = [...(this.byStart.get(startKey(name)) ?? [])].filter((g) => agrees(g) && this.groups[g]!.names.some((n) => prefixOf(n, name) || prefixOf(name, n)));
    if (continued.length > 0) return continued;
    return [...(this.byEnd.get(endKey(name)) ?? [])].filter((g) => agrees(g) && this.groups[g]!.names.some((n) => endOf(n, name) || endOf(name, n)));
  }

  /** Groups with a longer name containing `word`, as its last word or anywhere. */
  containing(word: string, asLast: boolean): number[] {
    const map = asLast ? this.byLast : this.byWord;
    return [...(map.get(wordKey(word)) ?? [])].filter((g) =>
      this.groups[g]!.names.some((n) => n.words.length > 1 && (asLast ? !endsInFather(n) && sameWord(n.words[n.words.length - 1]!, word) : n.words.some((w) => sameWord(w, word)))),
    );
  }
}

/* Consonants a full name's keys must hold between them before equal keys alone identify it. */
const DISTINCTIVE_KEY_LETTERS = 6;

/**
 * Names of two or more words with every word's consonant key equal and enough consonants between
 * them to be distinctive: Hindi and Arabic print different vowels of one foreign name (एंजेला
 * मर्केल, أنجيلا ميركل), which word-by-word sound comparison may refuse.
 */
function sameKeys(a: NameForm, b: NameForm): boolean {
  if (a.words.length < 2 || a.words.length !== b.words.length) return false;
  if (!a.words.every((w, i) => wordKey(w) === wordKey(b.words[i]!))) return false;
  return a.words.reduce((sum, w) => sum + wordKey(w).length, 0) >= DISTINCTIVE_KEY_LETTERS;
}

/** Whether a person's nationality and a group's do not disagree (either may be unknown): two Khans, two Wangs stay apart. */
function nationsAgree(person: LocalPerson, group: Group): boolean {
  return !person.nationality || !group.nationality || group.nationality === person.nationality;
}

function largest(index: GroupIndex, list: number[]): number | undefined {
  let best: number | undefined;
  for (const g of new Set(list)) if (best === undefined || index.groups[g]!.members.length > index.groups[best]!.members.length) best = g;
  return best;
}

function unique(list: number[]): number | undefined {
  const set = new Set(list);
  return set.size === 1 ? [...set][0] : undefined;
}

/**
 * Groups the article-local people of all articles into canonical people.
 * @example groupPeople([[lavrovHere], [lavrovThere]], gazetteer).filter((g) => g.members.length).length // 1
 */
export function groupPeople(articles: LocalPerson[][], gazetteer: Gazetteer): Group[] {
  const index = new GroupIndex();
  const byId = new Map<string, number>();
  for (const entry of gazetteer.entries) byId.set(entry.id, index.add({ gazetteer: entry, names: entry.spellings.map((s) => nameForm(s)), nationality: nationalityOf(entry.role), members: [] }));
  const singles: Array<[LocalPerson, [number, number]]> = [];
  articles.forEach((people, a) =>
    people.forEach((person, p) => {
      const member: [number, number] = [a, p];
      const agrees = (g: number): boolean => nationsAgree(person, index.groups[g]!);
      const listed = person.gazetteerId !== undefined ? byId.get(person.gazetteerId) : undefined;
      if (listed !== undefined) return index.join(listed, person, member);
      if (person.names.length === 0) return void index.add({ names: [], nationality: person.nationality, members: [member] });
      const long = person.names.filter((n) => n.words.length > 1);
      if (long.length === 0) return void singles.push([person, member]);
      // A full name is one person's: when several groups already hold it (the same name grouped
      // apart by an earlier, vaguer spelling), it joins the largest rather than starting another.
      // A looser match is refused when the nationalities disagree: عمر خان, a Pakistani prime minister, is not Amir Khan Muttaqi.
      const found = largest(index, long.flatMap((n) => index.same(n, agrees)));
      if (found !== undefined) index.join(found, person, member);
      else index.join(index.add({ names: [], members: [] }), person, member);
    }),
  );
  for (const [person, member] of singles) {
    const word = person.names[0]!.words[0]!;
    const byNationality = (g: number): boolean => person.nationality !== undefined && index.groups[g]!.nationality === person.nationality;
    const found =
      unique(person.names.flatMap((n) => index.same(n))) ??
      unique(index.containing(word, true)) ??
      unique(index.containing(word, false).filter(byNationality));
    if (found !== undefined) index.join(found, person, member);
    else index.join(index.add({ names: [], members: [] }), person, member);
  }
  return index.groups.filter((g) => g.members.length > 0);
}
