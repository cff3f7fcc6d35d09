/**
 * The Latin name words a written name word may be spelled as, indexed by consonant-skeleton sound
 * key (names.ts `wordKey`) and built once: the name lists of many countries (latin-names.ts),
 * their French and German words by their reading by ear, one nationality's lists, a spell-check
 * dictionary's name words, and the packs' common name words. latin-spelling.ts weighs them.
 */
import { allPacks } from '../languages/index.ts';
import { dictionaryNames, latinNames, latinNamesOf, latinNamesReadByEar, latinNamesReadingJ } from './latin-names.ts';
import { wordKey } from './names.ts';

/** A candidate spelling with how many sources write it; `read`: the spelling its sounds are those of, when not its own (Jens read Yens). */
export interface Candidate {
  word: string;
  count: number;
  read?: string;
}

let listsByKey: Map<string, Candidate[]> | undefined;

/** The name lists' words by sound key, built once; a word of a country reading j as y also by that reading. */
export function namesByKey(): ReadonlyMap<string, readonly Candidate[]> {
  if (listsByKey) return listsByKey;
  listsByKey = new Map();
  const put = (key: string, c: Candidate): void => {
    if (!key) return;
    const list = listsByKey!.get(key) ?? [];
    list.push(c);
    listsByKey!.set(key, list);
  };
  const readingJ = latinNamesReadingJ();
  for (const [word, count] of latinNames()) {
    put(wordKey(word), { word, count });
    const read = readingJ.get(word);
    if (read) put(wordKey(read), { word, count, read });
  }
  return listsByKey;
}

let earByKey: Map<string, Candidate[]> | undefined;

/** The French and German lists' words by the sound key of their reading by ear (شارل Charles), built once: for Arabic words only. */
export function namesByEar(): ReadonlyMap<string, readonly Candidate[]> {
  if (earByKey) return earByKey;
  earByKey = new Map();
  for (const [word, read] of latinNamesReadByEar()) {
    const key = wordKey(read);
    if (key) earByKey.set(key, [...(earByKey.get(key) ?? []), { word, count: latinNames().get(word) ?? 1, read }]);
  }
  return earByKey;
}

const nationalByKey = new Map<string, Map<string, Candidate[]> | undefined>();

/** The words of a nationality's name lists by sound key (a Turkish one by its Turkish reading too), built once per nationality. */
export function nationalNames(nationality: string | undefined): ReadonlyMap<string, readonly Candidate[]> | undefined {
  if (!nationality) return undefined;
  if (nationalByKey.has(nationality)) return nationalByKey.get(nationality);
  const listed = latinNamesOf(nationality);
  const index = listed && new Map<string, Candidate[]>();
  for (const [word, read] of listed ?? []) {
    const count = latinNames().get(word) ?? 1;
    // A Turkish h may be the خ of the Arabic name it comes from (خلوصي Hulusi, خليل Halil).
    const kh: Candidate[] = read?.startsWith('h') ? [{ word, count, read: `kh${read.slice(1)}` }] : [];
    // A French or German word is weighed by its reading by ear too (شارل Charles), for Arabic words only (the read candidates are).
    const ear = latinNamesReadByEar().get(word);
    const candidates: Candidate[] = read ? [{ word, count }, { word, count, read }, ...kh] : [{ word, count }, ...(ear ? [{ word, count, read: ear }] : [])];
    for (const c of candidates) {
      const key = wordKey(c.read ?? word);
      if (key) index!.set(key, [...(index!.get(key) ?? []), c]);
    }
  }
  nationalByKey.set(nationality, index);
  return index;
}

/** Whether the lists of this nationality's country read the word otherwise than it is written (Turkish Recep, rejeb). */
export const nationalReads = (nationality: string | undefined, word: string): boolean => !!nationality && latinNamesOf(nationality)?.get(word) !== undefined;

let dictionaryByKey: Map<string, Array<{ word: string; count: number }>> | undefined;

/** The dictionary's name words the country lists lack, by sound key, built once. */
export function dictionaryNamesByKey(): ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>> {
  if (dictionaryByKey) return dictionaryByKey;
  dictionaryByKey = new Map();
  for (const word of dictionaryNames()) {
    const key = latinNames().has(word) ? '' : wordKey(word);
    if (key) dictionaryByKey.set(key, [...(dictionaryByKey.get(key) ?? []), { word, count: 1 }]);
  }
  return dictionaryByKey;
}

let packWordsByKey: Map<string, Array<{ word: string; count: number }>> | undefined;

/** The Latin spellings of the packs' common name words (Zayed, Zahir, Hamid, Deepak), by sound key. */
export function packWords(): ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>> {
  if (packWordsByKey) return packWordsByKey;
  packWordsByKey = new Map();
  const words = new Set(allPacks().flatMap((p) => [...(p.nameWordsLatin?.values() ?? []), ...(p.pressNameWords ?? [])]).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)));
  for (const word of words) {
    const list = packWordsByKey.get(wordKey(word)) ?? [];
    list.push({ word, count: 1 });
    packWordsByKey.set(wordKey(word), list);
  }
  return packWordsByKey;
}
