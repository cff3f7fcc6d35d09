/**
 * Finding the lexicon's concepts (languages/concepts.ts, joined over the packs) in a query: the longest phrase of any language
 * that starts at a query word, compared word by word on folded forms or stems.
 */
import { wordForms, type WordForms } from '../languages/analyze.ts';
import { lexiconEntries, type LexiconEntry } from '../languages/concepts.ts';
import { packsVersion } from '../languages/registry.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';

/** A lexicon phrase as analysed words. */
export interface Phrase {
  words: WordForms[];
  /** Acronyms that are also common words (US, WHO) match only when the query writes them in capitals. */
  capitalsOnly: boolean;
}

interface IndexedPhrase extends Phrase {
  entry: LexiconEntry;
}

export interface ConceptMatch {
  entry: LexiconEntry;
  /** How many query words the phrase covers. */
  length: number;
}

let built: { version: number; byFirstWord: Map<string, IndexedPhrase[]> } | undefined;

/** @example analysePhrase('हवाई अड्डा').words.length // 2 */
export function analysePhrase(text: string): Phrase {
  const tokens = tokenize(text);
  const capitalsOnly = tokens.length === 1 && /^\p{Lu}+$/u.test(text) && isStopWord(wordForms(text).word);
  return { words: tokens.map((t) => wordForms(t.text)), capitalsOnly };
}

function phraseIndex(): Map<string, IndexedPhrase[]> {
  if (built?.version === packsVersion()) return built.byFirstWord;
  const byFirstWord = new Map<string, IndexedPhrase[]>();
  built = { version: packsVersion(), byFirstWord };
  for (const entry of lexiconEntries()) {
    for (const phrase of entry.spellings.map(analysePhrase)) {
      const first = phrase.words[0];
      if (!first) continue;
      for (const key of new Set([first.word, first.stem])) {
        const list = byFirstWord.get(key) ?? [];
        list.push({ ...phrase, entry });
        byFirstWord.set(key, list);
      }
    }
  }
  return byFirstWord;
}

const sameWord = (a: WordForms, b: WordForms) => a.word === b.word || a.stem === b.stem;

/** A query word as typed, with its matching forms. */
export interface QueryWord {
  text: string;
  forms: WordForms;
}

/**
 * The longest lexicon phrase starting at query word `i`, if any.
 * @example conceptAt(['Kabul', 'airport'].map((text) => ({ text, forms: wordForms(text) })), 1)?.entry.concept // 'airport'
 */
export function conceptAt(words: readonly QueryWord[], i: number): ConceptMatch | undefined {
  const first = words[i];
  if (first === undefined) return undefined;
  const index = phraseIndex();
  const candidates = [...(index.get(first.forms.word) ?? []), ...(index.get(first.forms.stem) ?? [])];
  let best: ConceptMatch | undefined;
  for (const p of candidates) {
    if (i + p.words.length > words.length || (best && p.words.length <= best.length)) continue;
    if (p.capitalsOnly && !/^\p{Lu}+$/u.test(first.text)) continue;
    if (p.words.every((w, k) => sameWord(w, words[i + k]!.forms))) best = { entry: p.entry, length: p.words.length };
  }
  return best;
}
