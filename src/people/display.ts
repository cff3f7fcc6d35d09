/**
 * Display names in Latin letters for people the articles name only in Devanagari or Arabic
 * script. Each name word is written, in this order of preference:
 * 1. as the word's language spells that common name word in English news (the pack's
 *    `nameWordsLatin`: محمد → Mohammed, بن → bin, عبد الرحمن → Abdulrahman);
 * 2. as the corpus itself writes a name word of the same sound in Latin letters (an English
 *    article's "Blinken" for بلينكن, "Vladimir" for ब्लादिमीर): capitalised Latin words counted
 *    over the whole corpus, the most used one of the same sound;
 * 3. letter by letter (translit.ts), which cannot restore the short vowels Arabic leaves out.
 */
import { initialLetter, sentenceTokens, type Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';
import { displayLatin } from '../text/translit.ts';
import { sameWord, wordKey } from './names.ts';

/** Capitalised Latin words of a corpus by sound key, each with how often it is written. */
export type LatinVocabulary = ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>>;

/* A capitalised word of two or more letters, not all capitals (acronyms are not name words). */
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*(?![\p{L}\p{M}])/gu;

/**
 * The capitalised Latin words of these texts, by sound key, most used first.
 * @example latinVocabulary(['Antony Blinken met Lavrov.']).get(wordKey('Blinken'))?.[0].word // 'Blinken'
 */
export function latinVocabulary(texts: Iterable<string>): LatinVocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(CAPITALISED)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const byKey = new Map<string, Array<{ word: string; count: number }>>();
  for (const [word, count] of counts) {
    const key = wordKey(word);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    list.push({ word, count });
    byKey.set(key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  return byKey;
}

/** The corpus's Latin spelling of a name word of the same sound, if any. */
function corpusSpelling(word: string, vocabulary: LatinVocabulary): string | undefined {
  return vocabulary.get(wordKey(word))?.find((c) => sameWord(c.word, word))?.word;
}

/** The pack's English-press spelling of the name unit at `i` (two words or one), with its length. */
function conventional(toks: readonly Tok[], i: number): [string, number] | undefined {
  const table = packFor(toks[i]!.lang)?.nameWordsLatin;
  if (!table) return undefined;
  const next = toks[i + 1];
  const pair = next && next.lang === toks[i]!.lang ? table.get(`${toks[i]!.fold} ${next.fold}`) : undefined;
  if (pair) return [pair, 2];
  const one = table.get(toks[i]!.fold);
  return one ? [one, 1] : undefined;
}

/**
 * A name written in Devanagari or Arabic script, in Latin letters as English news would write it.
 * @example nativeDisplayName('تميم بن حمد', new Map()) // 'Tamim bin Hamad'
 * @example nativeDisplayName('एस जयशंकर', new Map()) // 'S. Jayshankar'
 */
export function nativeDisplayName(native: string, vocabulary: LatinVocabulary): string {
  const toks = sentenceTokens(native, 0);
  const words: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const letter = initialLetter(tok);
    const known = letter ? undefined : conventional(toks, i);
    if (letter) words.push(`${letter}.`);
    else if (known) {
      words.push(known[0]);
      i += known[1] - 1;
    } else words.push(corpusSpelling(tok.text, vocabulary) ?? displayLatin(tok.text));
  }
  // A particle never starts the name ("Al Thani" keeps its capital, "bin" is never first).
  if (words[0]) words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  return words.join(' ');
}
