/**
 * From query text to search units: each query word (or lexicon phrase) becomes one unit, a list of
 * alternative index terms that may stand for it, each with a weight:
 * - the folded word itself (1.0);
 * - Arabic spellings with a proclitic letter added, if the corpus has them (0.9);
 * - index words that sound the same in any script, verified (0.9): Lavrov → लावरोव, لافروف;
 * - its stem, in the stem and word fields (0.5), unless the word is a name: a word spelled alike
 *   in another script is taken for a name, and names are matched by surface and sound only;
 * - for a lexicon concept, the phrases of the query's language (1.0) and of the others (0.4).
 */
import type { Query } from 'minisearch';
import { analyzeWord, wordForms, type WordForms } from '../text/analyze.ts';
import { isStopWord } from '../text/stopwords.ts';
import { withProclitic } from '../text/arabicClitics.ts';
import { scriptOf } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import { analysePhrase, conceptAt, type Phrase, type QueryWord } from './concepts.ts';
import type { LexiconEntry } from '../text/lexicon.ts';
import type { SearchField } from './index.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface QueryUnit {
  /** The query words this unit stands for, as typed. */
  text: string;
  /** English label when the unit is a lexicon concept. */
  concept?: string;
  /** Other spellings found in the corpus (as printed), for explaining the search. */
  variants: string[];
  /** Ways the unit may appear in a paragraph; a paragraph scores by the best one it contains. */
  alternatives: Query[];
}

export interface ParsedQuery {
  units: QueryUnit[];
  /** Stop words left out. */
  ignored: string[];
  /** Query words read (the rest is beyond the caps). */
  read: number;
  /** Query words after the caps, not searched. */
  dropped: number;
}

export const MAX_QUERY_TERMS = 12;
const MAX_VARIANTS = 4;

type Weighted = Map<string, number>;

function put(terms: Weighted, term: string, weight: number): void {
  if (term.length > 0 && (terms.get(term) ?? 0) < weight) terms.set(term, weight);
}

function fieldQueries(field: SearchField, terms: Weighted): Query[] {
  return [...terms].map(([term, weight]) => ({ queries: [term], fields: [field], boost: { [field]: weight } }));
}

/* Arabic spellings of `word` with a proclitic letter added that the corpus actually has (موسكو →
 * وموسكو). The reverse, removing a letter from the query word, is not done: بوتين is not ب + وتين. */
function attestedClitics(word: string, vocabulary: Vocabulary): string[] {
  if (scriptOf(word) !== 'arabic') return [];
  return withProclitic(word).filter((w) => vocabulary.has(w));
}

function wordUnit(text: string, forms: WordForms, vocabulary: Vocabulary): QueryUnit {
  const words: Weighted = new Map([[forms.word, 1]]);
  const stems: Weighted = new Map();
  for (const w of attestedClitics(forms.word, vocabulary)) put(words, w, 0.9);
  const script = scriptOf(text);
  const alikes = vocabulary.soundAlikes(text).filter((w) => w !== forms.word);
  for (const w of alikes) {
    put(words, w, 0.9);
    for (const c of attestedClitics(w, vocabulary)) put(words, c, 0.8);
  }
  const isName = alikes.some((w) => scriptOf(w) !== script);
  if (!isName) {
    put(stems, forms.stem, 0.5);
    put(stems, forms.word, 0.5);
    if (forms.stem !== forms.word) put(words, forms.stem, 0.5);
  }
  const variants = alikes.slice(0, MAX_VARIANTS).map((w) => vocabulary.written(w));
  return { text, variants, alternatives: [...fieldQueries('word', words), ...fieldQueries('stem', stems)] };
}

const TRANSLATION_WEIGHT = 0.4;

/** One word of a lexicon phrase: its surface form, or its stem at half weight. */
function phraseWordQuery(w: WordForms, weight: number): Query {
  const stems: Weighted = new Map();
  put(stems, w.stem, weight / 2);
  put(stems, w.word, weight / 2);
  const words: Weighted = new Map([[w.word, weight]]);
  return { combineWith: 'OR', queries: [...fieldQueries('word', words), ...fieldQueries('stem', stems)] };
}

/** All words of a phrase in one paragraph; stop words inside a phrase are not indexed, so skipped. */
function phraseQuery(phrase: Phrase, weight: number): Query | undefined {
  const words = phrase.words.filter((w) => analyzeWord(w.word) !== undefined);
  if (words.length === 0) return undefined;
  if (words.length === 1) return phraseWordQuery(words[0]!, weight);
  return { combineWith: 'AND', queries: words.map((w) => phraseWordQuery(w, weight)) };
}

/** Concept alternatives depend only on the entry and the query's script; built once each. */
const conceptCache = new Map<string, Pick<QueryUnit, 'variants' | 'alternatives'>>();

function conceptUnit(text: string, entry: LexiconEntry): QueryUnit {
  const script = scriptOf(text);
  const cacheKey = `${entry.concept}\u0000${script}`;
  let built = conceptCache.get(cacheKey);
  if (!built) {
    const phrases = [...entry.eng, ...entry.hin, ...entry.arb];
    const alternatives = phrases.flatMap((phrase) => phraseQuery(analysePhrase(phrase), scriptOf(phrase) === script ? 1 : TRANSLATION_WEIGHT) ?? []);
    built = { variants: phrases.filter((p) => scriptOf(p) !== script).slice(0, MAX_VARIANTS), alternatives };
    conceptCache.set(cacheKey, built);
  }
  return { text, concept: entry.concept, ...built };
}

/** Words looked ahead for a lexicon phrase. */
const LOOKAHEAD = 6;
/** Query words examined at most (stop words and repeats included), so a pasted page stays fast. */
const MAX_EXAMINED = 4 * MAX_QUERY_TERMS;

/**
 * Splits a query into search units: at most `maxTerms`, repeated words counted once.
 * @example parseQuery('Kabul airport', vocabulary).units.map((u) => u.concept ?? u.text) // ['Kabul', 'airport']
 */
export function parseQuery(text: string, vocabulary: Vocabulary, maxTerms = MAX_QUERY_TERMS): ParsedQuery {
  const tokens = tokenize(text);
  const units: QueryUnit[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  let i = 0;
  for (; i < tokens.length && i < MAX_EXAMINED && units.length < maxTerms; ) {
    while (words.length < Math.min(tokens.length, i + LOOKAHEAD)) {
      const t = tokens[words.length]!.text;
      words.push({ text: t, forms: wordForms(t) });
    }
    const concept = conceptAt(words, i);
    const length = concept?.length ?? 1;
    const unitText = words.slice(i, i + length).map((w) => w.text).join(' ');
    const forms = concept || isStopWord(words[i]!.forms.word) ? undefined : words[i]!.forms;
    i += length;
    const key = concept ? `concept:${concept.entry.concept}` : forms?.word;
    if (key === undefined) ignored.push(unitText);
    else if (seen.has(key)) continue;
    else if (concept) units.push(conceptUnit(unitText, concept.entry));
    else units.push(wordUnit(unitText, forms!, vocabulary));
    if (key !== undefined) seen.add(key);
  }
  return { units, ignored, read: i, dropped: tokens.length - i };
}
