/**
 * Known full names written with other letters in another article: Hindi and Arabic news spell one
 * foreign name several ways (हसन काजिमी कोमी, हसन काज़मी क़ुम्मी), and an article that names the
 * person without a title finds them only if the corpus knows its own spelling. A run of free words
 * of the same length as a known name of two or more words, each word sounding like the known
 * name's word in its place (names.ts `sameWord`), is that name. Every word must fit, so two
 * ordinary words seldom do; the caller's `keep` still refuses words the article shows are no name.
 */
import type { Phrase } from '../grammar/phrase.ts';
import type { Tok } from '../grammar/tokens.ts';
import { sentenceTokens } from '../grammar/tokens.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { nameWordOK } from '../grammar/words.ts';
import { sameWord, wordKey } from './names.ts';
import { BoundedMemo } from '../text/memo.ts';

/** Known names of two or more words, as their words, by the sound key of their first word. */
export type NamesBySound = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

/** @example namesBySound(['सर्गेई लावरोव']).get(wordKey('सर्गेई'))?.[0] // ['सर्गेई', 'लावरोव'] */
export function namesBySound(names: readonly string[]): NamesBySound {
  const map = new Map<string, Array<readonly string[]>>();
  for (const name of names) {
    const words = sentenceTokens(name, 0).map((t) => t.text);
    if (words.length < 2 || words.some((w) => [...w].length < 2)) continue;
    const key = wordKey(words[0]!);
    if (!key) continue;
    (map.get(key) ?? map.set(key, []).get(key)!).push(words);
  }
  return map;
}

/* A corpus repeats few distinct words a million times: which known names each word can start is worked out once per word. */
const MEMO = 200_000;
const startsByNames = new WeakMap<NamesBySound, BoundedMemo<ReadonlyArray<readonly string[]>>>();

/** The known names whose first word sounds like `word`. */
function namesStartingWith(names: NamesBySound, word: string): ReadonlyArray<readonly string[]> {
  let memo = startsByNames.get(names);
  if (!memo) startsByNames.set(names, (memo = new BoundedMemo(MEMO)));
  return memo.get(word, (w) => (names.get(wordKey(w)) ?? []).filter((words) => sameWord(w, words[0]!)));
}

/**
 * Phrases for runs of free tokens that sound like a known name word for word; `text` is the
 * paragraph the tokens index (words of a name stand with nothing but spaces between them).
 */
export function soundAlikeNames(toks: readonly Tok[], text: string, claimed: boolean[], names: NamesBySound, keep: (p: Phrase) => boolean): Phrase[] {
  const found: Phrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i]) continue;
    const candidates = namesStartingWith(names, toks[i]!.text);
    if (candidates.length === 0 || isStopWord(toks[i]!.fold) || !nameWordOK(toks[i]!)) continue;
    let best = 0;
    for (const words of candidates) {
      const end = i + words.length;
      if (end > toks.length || words.length <= best) continue;
      let fits = true;
      for (let j = 1; j < words.length && fits; j++) {
        const tok = toks[i + j]!;
        fits = !claimed[i + j] && text.slice(toks[i + j - 1]!.end, tok.start).trim() === '' && !isStopWord(tok.fold) && sameWord(tok.text, words[j]!);
      }
      if (fits) best = words.length;
    }
    if (best === 0) continue;
    const p: Phrase = { first: i, end: i + best, nameFirst: i, nameEnd: i + best, clitic: 0, source: 'name', relational: false, possessive: false };
    if (!keep(p)) continue;
    found.push(p);
    for (let k = i; k < i + best; k++) claimed[k] = true;
    i += best - 1;
  }
  return found;
}
