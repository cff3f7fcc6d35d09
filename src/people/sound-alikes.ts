/**
 * Name words that sound like a typed word although their sound keys differ (a typo that changes a
 * consonant: "Lavorv", "Blimken"), found without comparing the typed word with every word of every
 * name. The distinct sound strings are kept sorted, one list per script kind (Arabic script weighs
 * differences differently), and searched with a bounded edit distance (near-strings.ts) whose
 * weights are read from `soundDistance` itself; each hit is then confirmed with `similarProfiles`,
 * the test the lookup has always used, so the words found are exactly those it would accept.
 */
import { BoundedMemo } from '../text/memo.ts';
import { similarProfiles, soundDistance, type SoundProfile } from '../text/phonetic.ts';
import { nearStrings, type EditCosts } from './near-strings.ts';

interface SoundList {
  arabic: boolean;
  /** Distinct sound strings, sorted. */
  sounds: string[];
  /** The words with each sound string. */
  words: Map<string, string[]>;
}

export interface SoundAlikeIndex {
  lists: SoundList[];
  profiles: ReadonlyMap<string, SoundProfile>;
  /** The words found for recently typed sounds: the same names are asked about again and again. */
  recent: BoundedMemo<string[]>;
}

/** Typed sounds remembered, at most; then the memory starts afresh. */
const RECENT = 10_000;

/**
 * @example soundAlikeIndex(new Map([['Lavrov', soundProfile('Lavrov')]])).lists[0]!.sounds // ['lavrov']
 */
export function soundAlikeIndex(profiles: ReadonlyMap<string, SoundProfile>): SoundAlikeIndex {
  const lists = [false, true].map((arabic): SoundList => ({ arabic, sounds: [], words: new Map() }));
  for (const [word, p] of profiles) {
    const list = lists[p.arabic ? 1 : 0]!;
    const words = list.words.get(p.sounds);
    if (words) words.push(word);
    else list.words.set(p.sounds, [word]);
  }
  for (const list of lists) list.sounds = [...list.words.keys()].sort();
  return { lists, profiles, recent: new BoundedMemo(RECENT) };
}

/* The cost of each edit between a listed word (Arabic script or not) and the typed one, as soundDistance
 * weighs it: a one-symbol distance is the cheapest way to make that one edit. Kept per pair of scripts:
 * the alphabet of sounds is small. */
const costTables = new Map<string, EditCosts>();

function costsBetween(listedArabic: boolean, typedArabic: boolean): EditCosts {
  const scripts = `${listedArabic}${typedArabic}`;
  let costs = costTables.get(scripts);
  if (costs) return costs;
  const cache = new Map<string, number>();
  const cost = (x: string, y: string): number => {
    const pair = `${x}\u0000${y}`;
    let c = cache.get(pair);
    if (c === undefined) cache.set(pair, (c = soundDistance(x, y, listedArabic, typedArabic)));
    return c;
  };
  costs = { drop: (x) => cost(x, ''), add: (y) => cost('', y), change: cost };
  costTables.set(scripts, costs);
  return costs;
}

/* Small slack so that a different order of the same additions never prunes a word at the limit. */
const SLACK = 1e-9;

/**
 * The words whose sound `similarProfiles` finds close to `typed`, in no particular order (a list
 * shared with later calls for the same sounds: do not change it).
 * @example soundAlikeWords(index, soundProfile('Lavorv')) // ['Lavrov']
 */
export function soundAlikeWords(index: SoundAlikeIndex, typed: SoundProfile): string[] {
  if (typed.sounds.length === 0) return [];
  return index.recent.get(`${typed.arabic ? 'a' : 'o'}${typed.sounds}`, () => findSoundAlikes(index, typed));
}

function findSoundAlikes(index: SoundAlikeIndex, typed: SoundProfile): string[] {
  // similarProfiles allows less than 0.25 + 0.1 × the shorter length: at most this, whatever the other word.
  const bound = 0.25 + 0.1 * typed.sounds.length + SLACK;
  const out: string[] = [];
  for (const list of index.lists) {
    nearStrings(list.sounds, typed.sounds, bound, costsBetween(list.arabic, typed.arabic), (i) => {
      for (const word of list.words.get(list.sounds[i]!)!) if (similarProfiles(typed, index.profiles.get(word)!)) out.push(word);
    });
  }
  return out;
}
