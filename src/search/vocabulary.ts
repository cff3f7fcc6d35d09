/**
 * The distinct words of the index with how they sound, so that a query word can be expanded to the
 * spellings of the same name in other scripts (Lavrov → लावरोव, لافروف) without scanning the corpus:
 * candidates come from a phonetic-key table, and each is verified on its sound profile.
 *
 * An Arabic word that may carry a one-letter proclitic (وموسكو "and Moscow") is also filed under
 * the sound of its remainder, so that it is a candidate for the bare name; verification still
 * decides.
 */
import { wordForms } from '../languages/analyze.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { withoutProclitic } from '../text/arabicClitics.ts';
import { eachInSteps, runSteps } from '../steps.ts';
import { BoundedMemo } from '../text/memo.ts';
import { scriptOf } from '../text/normalize.ts';
import { KEY_LETTERS, profileKey, similarProfiles, soundProfile, type SoundProfile } from '../text/phonetic.ts';

interface Entry {
  /** The index word. */
  word: string;
  /** The word as first seen in print, for showing it (index words are folded). */
  written: string;
  /** How the word sounds; for an Arabic word with a possible proclitic, also without it. */
  profiles: SoundProfile[];
  /** Occurrences in the corpus, to list common spellings first. */
  count: number;
}

/** Plain-data form of a vocabulary, for snapshots. */
export type VocabularyJSON = Array<[word: string, written: string, count: number, arabic: 0 | 1, ...sounds: string[]]>;

/** Keys shorter than this are too common to look for typos around. */
const MIN_KEY_FOR_TYPOS = 3;
/** Query words whose sound-alikes are remembered; the memo is emptied when it is full. */
const ALIKES_MEMO_MAX = 10_000;

export class Vocabulary {
  private readonly entries = new Map<string, Entry>();
  /** Entries by sound key: a query word's candidates are read straight from here, without a lookup each. */
  private readonly byKey = new Map<string, Entry[]>();
  /**
   * Sound-alikes already computed, by query word: verifying candidates costs milliseconds on a large
   * vocabulary (every invented name adds words to the key buckets), and people ask about the same
   * names again. Emptied whenever a word is added.
   */
  private readonly alikesMemo = new BoundedMemo<readonly string[]>(ALIKES_MEMO_MAX);

  /**
   * Records one occurrence of an index word; `written` is a spelling of it as printed (kept from
   * the first occurrence, to show it and to compute how it sounds).
   */
  add(word: string, written: string): void {
    const entry = this.entries.get(word);
    if (entry) entry.count++;
    else this.insert(word, written, [written, ...(scriptOf(written) === 'arabic' ? remainders(written) : [])].map(soundProfile), 1);
  }

  private insert(word: string, written: string, profiles: SoundProfile[], count: number): void {
    this.alikesMemo.clear();
    const entry = { word, written, profiles, count };
    this.entries.set(word, entry);
    for (const key of new Set(profiles.map(profileKey))) {
      if (key.length === 0) continue;
      const bucket = this.byKey.get(key);
      if (bucket) bucket.push(entry);
      else this.byKey.set(key, [entry]);
    }
  }

  has(word: string): boolean {
    return this.entries.has(word);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The word as printed (its first occurrence), or the index form when absent. */
  written(word: string): string {
    return this.entries.get(word)?.written ?? word;
  }

  /** How often the word occurs in the corpus (0 when absent). */
  count(word: string): number {
    return this.entries.get(word)?.count ?? 0;
  }

  /**
   * Index words that sound like `written` (any script), verified one by one; most frequent first.
   * @example vocab.soundAlikes('Lavrof') // ['लाव्रोव्', 'لافروف']
   */
  soundAlikes(written: string): readonly string[] {
    return this.alikesMemo.get(written, (w) => this.findSoundAlikes(w));
  }

  private findSoundAlikes(written: string): string[] {
    const profile = soundProfile(written);
    const key = profileKey(profile);
    if (key.length === 0) return [];
    const found = new Set<string>();
    for (const k of key.length >= MIN_KEY_FOR_TYPOS ? keyNeighbours(key) : [key]) {
      for (const entry of this.byKey.get(k) ?? []) {
        if (found.has(entry.word)) continue;
        for (const p of entry.profiles) {
          if (similarProfiles(profile, p)) {
            found.add(entry.word);
            break;
          }
        }
      }
    }
    return [...found].sort((a, b) => this.count(b) - this.count(a));
  }

  toJSON(): VocabularyJSON {
    return [...this.entries].map(([w, e]) => [w, e.written, e.count, e.profiles[0]?.arabic ? 1 : 0, ...e.profiles.map((p) => p.sounds)]);
  }

  static fromJSON(json: VocabularyJSON): Vocabulary {
    return runSteps(Vocabulary.fromJSONSteps(json));
  }

  /** `fromJSON` in time slices of the words (see steps.ts). */
  static *fromJSONSteps(json: VocabularyJSON): Generator<void, Vocabulary> {
    const vocab = new Vocabulary();
    yield* eachInSteps(json, ([word, written, count, arabic, ...sounds]) => {
      vocab.insert(word, written, sounds.map((s) => ({ sounds: s, arabic: arabic === 1 })), count);
    });
    return vocab;
  }
}

/**
 * The word without a one-letter proclitic, unless what remains is a function word: وقبل is و +
 * قبل "before", never a spelling of Kabul, and لكان is no Khan.
 */
function remainders(written: string): string[] {
  return withoutProclitic(written).filter((rest) => !isStopWord(wordForms(rest).word));
}

/** The key itself and every key one deletion, insertion or substitution away. */
function keyNeighbours(key: string): Set<string> {
  const out = new Set([key]);
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) out.add(key.slice(0, i) + key.slice(i + 1));
    for (const c of KEY_LETTERS) {
      out.add(key.slice(0, i) + c + key.slice(i));
      if (i < key.length) out.add(key.slice(0, i) + c + key.slice(i + 1));
    }
  }
  return out;
}
