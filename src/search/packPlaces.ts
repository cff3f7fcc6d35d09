/**
 * Places the language packs know (`cities`, `nations` with their adjectives), as query phrases:
 * a member types "Islamabad" or "Dushanbe", and the Arabic "إسلام آباد" (two words) or the Hindi
 * "दुशांबे" (a nasal no sound key bridges) are the same place. Each place is keyed by its English
 * name, and every pack's spellings of it, the English name included, stand for it.
 */
import { wordForms, type WordForms } from '../languages/analyze.ts';
import { allPacks, packsVersion } from '../languages/registry.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';
import type { QueryWord } from './concepts.ts';

export interface Place {
  /** The English name (the packs' key). */
  name: string;
  /** Every spelling, in any script. */
  spellings: readonly string[];
}

export interface PlaceMatch {
  place: Place;
  /** How many query words the spelling covers. */
  length: number;
}

interface Spelling {
  words: WordForms[];
  place: Place;
}

let built: { version: number; byFirstWord: Map<string, Spelling[]> } | undefined;

/** Words of a spelling as the index holds them (stop words are not indexed). */
export function spellingWords(text: string): WordForms[] {
  return tokenize(text)
    .map((t) => wordForms(t.text))
    .filter((w) => w.word.length > 0 && !isStopWord(w.word));
}

function placeIndex(): Map<string, Spelling[]> {
  if (built?.version === packsVersion()) return built.byFirstWord;
  const spellings = new Map<string, Set<string>>();
  const add = (name: string, list: readonly string[]) => {
    const set = spellings.get(name) ?? new Set([name]);
    for (const s of list) set.add(s);
    spellings.set(name, set);
  };
  for (const pack of allPacks()) {
    for (const [city, list] of pack.cities) add(city, list);
    for (const [country, names, adjectives] of pack.nations) add(country, [...names, ...adjectives]);
  }
  const byFirstWord = new Map<string, Spelling[]>();
  for (const [name, set] of spellings) {
    const place: Place = { name, spellings: [...set] };
    for (const text of set) {
      const words = spellingWords(text);
      const first = words[0];
      if (!first) continue;
      const list = byFirstWord.get(first.word) ?? [];
      list.push({ words, place });
      byFirstWord.set(first.word, list);
    }
  }
  built = { version: packsVersion(), byFirstWord };
  return byFirstWord;
}

/**
 * The place whose longest spelling starts at query word `i`, compared on folded forms (place names
 * are not inflected in a query).
 * @example placeAt(['Dushanbe'].map((text) => ({ text, forms: wordForms(text) })), 0)?.place.spellings // ['Dushanbe', 'दुशांबे', 'دوشنبه', …]
 */
export function placeAt(words: readonly QueryWord[], i: number): PlaceMatch | undefined {
  const first = words[i];
  if (first === undefined) return undefined;
  let best: PlaceMatch | undefined;
  for (const s of placeIndex().get(first.forms.word) ?? []) {
    if (i + s.words.length > words.length || (best && s.words.length <= best.length)) continue;
    if (s.words.every((w, k) => w.word === words[i + k]!.forms.word)) best = { place: s.place, length: s.words.length };
  }
  return best;
}
