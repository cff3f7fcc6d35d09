/**
 * Latin spellings the articles themselves give a name written in Devanagari or Arabic script: the
 * corpus's capitalised Latin words, counted (an English article's "Blinken" for بلينكن), and the
 * person's own Latin spellings ("Burns" for बर्न्स). A found spelling beats any reading of the letters.
 */
import { initialLetter, type Tok } from '../grammar/tokens.ts';
import { forEachCapitalised } from '../text/capitalised.ts';
import { memoised } from '../text/memo.ts';
import { isoStopWords } from '../languages/iso-stopwords.ts';
import { similarProfiles, soundDistance, soundProfile } from '../text/phonetic.ts';
import { wordKey } from './names.ts';

/** A name word meets many spellings while display names are chosen: its sounds are worked out once. */
export const profileOf = memoised(soundProfile, 50_000);

const ENGLISH_STOP = new Set(isoStopWords('en'));
/* What may come before a sentence's first word: nothing, or an end of sentence, a colon, an opening quote or bracket, and spaces. */
const SENTENCE_START = /(?:^|[.!?:;"“‘'(\n—–-])\s*$/u;

/** Capitalised Latin words of a corpus by sound key, each with how often it is written. */
export type LatinVocabulary = ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>>;

/**
 * The capitalised Latin words of these texts, by sound key, most used first.
 * @example latinVocabulary(['Antony Blinken met Lavrov.']).get(wordKey('Blinken'))?.[0].word // 'Blinken'
 */
export function latinVocabulary(texts: Iterable<string>): LatinVocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    let last: { word: string; end: number } | undefined;
    forEachCapitalised(text, (word, start) => {
      // Two name words one space apart are also counted as a pair ("Harsh Vardhan"), which a
      // script may write as one word (हर्षवर्धन): pairSpelling finds them by their joined key.
      const stop = ENGLISH_STOP.has(word.toLowerCase());
      if (last && !stop && last.end + 1 === start && text.charAt(last.end) === ' ') counts.set(`${last.word} ${word}`, (counts.get(`${last.word} ${word}`) ?? 0) + 1);
      last = stop ? undefined : { word, end: start + word.length };
      // A common English word opening a sentence is capitalised as any word there ("More than…"):
      // no spelling of a name (مور is Moore, not More); inside a sentence it may be one (Bill Burns).
      if (stop && SENTENCE_START.test(text.slice(Math.max(0, start - 3), start))) return;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    });
  }
  const byKey = new Map<string, Array<{ word: string; count: number }>>();
  for (const [word, count] of counts) {
    // ...and once is no evidence of one: a headline capitalises every word ("Read More").
    if (count < 2 && ENGLISH_STOP.has(word.toLowerCase())) continue;
    const key = word.includes(' ') ? pairKey(word) : wordKey(word);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    list.push({ word, count });
    byKey.set(key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  return byKey;
}

/* Pairs of name words are kept under their joined key, marked apart from one word's keys. */
const PAIR = '2:';
const pairKey = (pair: string): string => {
  const key = wordKey(pair.replace(' ', ''));
  return key ? PAIR + key : '';
};
/* Consonants a word must have to be taken for two name words: short words match too many pairs. */
const MIN_PAIR_CONSONANTS = 5;

/**
 * The corpus's two name words that write one native name word (हर्षवर्धन, "Harsh Vardhan"): the
 * press splits compound given names that Hindi writes as one word. Only when the corpus writes
 * no single word for it (Jaishankar stays one), the word is long enough, and the pair's sounds are
 * close to the word's; the most written such pair, if any.
 * @example pairSpelling('हर्षवर्धन', latinVocabulary(['Harsh Vardhan Shringla spoke. Harsh Vardhan left.'])) // 'Harsh Vardhan'
 */
export function pairSpelling(word: string, vocabulary: LatinVocabulary): string | undefined {
  const key = wordKey(word);
  if (key.length < MIN_PAIR_CONSONANTS) return undefined;
  const mine = profileOf(word);
  if (vocabulary.get(key)?.some((c) => similarProfiles(mine, profileOf(c.word)))) return undefined;
  return vocabulary.get(PAIR + key)?.find((c) => similarProfiles(mine, profileOf(c.word.replace(' ', ''))))?.word;
}

/**
 * The word of the person's own Latin spellings that writes this native name word: the same match
 * key, the closest sounds (the English lines' "Burns" for the Hindi बर्न्स, which reads "barns").
 * @example ownSpelling('बर्न्स', ['Burns']) // 'Burns'
 */
export function ownSpelling(word: string, own: readonly string[]): string | undefined {
  const key = wordKey(word);
  if (!key) return undefined;
  const mine = profileOf(word);
  let best: { word: string; d: number } | undefined;
  for (const w of own) {
    if (wordKey(w) !== key) continue;
    const theirs = profileOf(w);
    const d = soundDistance(mine.sounds, theirs.sounds, mine.arabic, theirs.arabic);
    if (!best || d < best.d) best = { word: w, d };
  }
  return best?.word;
}

/**
 * The person's own Latin word that writes the native name words at `i` and `i + 1` as one
 * (अब्दुल रहमान with "Abdulrahman", عبد اللهيان with "Abdollahian"): compound names are written
 * apart in one script and joined in another. Only a word whose sounds are close to both together.
 * @example ownJoinedSpelling(sentenceTokens('अब्दुल रहमान', 0), 0, ['Abdulrahman']) // 'Abdulrahman'
 */
export function ownJoinedSpelling(toks: readonly Tok[], i: number, own: readonly string[]): string | undefined {
  const [a, b] = [toks[i], toks[i + 1]];
  if (!a || !b || a.script !== b.script || initialLetter(b)) return undefined;
  const word = ownSpelling(a.text + b.text, own);
  return word && similarProfiles(profileOf(a.text + b.text), profileOf(word)) ? word : undefined;
}

/**
 * The corpus's Latin word that writes the native name words at `i` and `i + 1` as one, as
 * `ownJoinedSpelling` but from any article (إمام علي with "Emomali" written elsewhere): the press
 * joins name words that Arabic or Hindi print apart, and a person named only in one script has no
 * Latin spelling of their own. The most written such word, if any.
 * @example corpusJoinedSpelling(sentenceTokens('إمام علي', 0), 0, latinVocabulary(['Emomali Rahmon spoke.'])) // 'Emomali'
 */
export function corpusJoinedSpelling(toks: readonly Tok[], i: number, vocabulary: LatinVocabulary): string | undefined {
  const [a, b] = [toks[i], toks[i + 1]];
  if (!a || !b || a.script !== b.script || initialLetter(a) || initialLetter(b)) return undefined;
  const mine = profileOf(a.text + b.text);
  return vocabulary.get(wordKey(a.text + b.text))?.find((c) => similarProfiles(mine, profileOf(c.word)))?.word;
}

/**
 * The corpus's most written spelling of a Latin name word of the same key and close sounds
 * (جاويش أوغلو read Cavisoglu, written Cavusoglu by the articles); the word itself when none.
 * @example corpusSpelling('Cavisoglu', latinVocabulary(['Cavusoglu said.'])) // 'Cavusoglu'
 */
export function corpusSpelling(word: string, vocabulary: LatinVocabulary): string {
  const mine = profileOf(word);
  return vocabulary.get(wordKey(word))?.find((c) => similarProfiles(mine, profileOf(c.word)))?.word ?? word;
}
