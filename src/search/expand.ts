/**
 * From query text to search units: each query word (or lexicon phrase) becomes one unit, a set of
 * phrases any one of which stands for it; a phrase is a list of slots (one per word), and a slot
 * lists the index terms, with weights, that may fill it:
 * - the folded word itself (1.0);
 * - Arabic spellings with a proclitic letter added, if the corpus has them (0.9);
 * - index words that sound the same in any script, verified (0.9): Lavrov → लावरोव, لافروف;
 * - its stem, in the stem and word fields (0.5), unless the word is a name: a word spelled alike
 *   in another script is taken for a name, and names are matched by surface and sound only;
 * - for a lexicon concept, the phrases of the query's language (1.0) and of the others (0.4),
 *   each word in any inflection (by its stem);
 * - for a place the language packs list (cities, countries), every pack's spelling of it (0.9 in
 *   another script): "Islamabad" is إسلام آباد, two words no sound key joins;
 * - for a Latin word that a pack lists as the English spelling of a common name word, the native
 *   word (0.9): "Abdullah" is عبد الله and عبدالله;
 * - for an acronym in capitals, only itself and its letters as each pack writes them (सीआईए).
 */
import { wordForms, type WordForms } from '../languages/analyze.ts';
import { withProclitic } from '../text/arabicClitics.ts';
import type { LexiconEntry } from '../languages/concepts.ts';
import { packsVersion } from '../languages/registry.ts';
import { scriptOf } from '../text/normalize.ts';
import { soundProfile } from '../text/phonetic.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';
import { analysePhrase, conceptAt, type QueryWord } from './concepts.ts';
import { acronymSpellings, isAcronym } from './acronyms.ts';
import { abdParts, arabicFallbackReadings, otherReadings, turkishParts } from './respell.ts';
import { nativeNameWords } from './packNameWords.ts';
import { placeAt, spellingWords, type Place } from './packPlaces.ts';
import type { SearchField } from './index.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The index terms that may fill one word position, by field, with their weights. */
export type Slot = Record<SearchField, Map<string, number>>;

export interface QueryUnit {
  /** The query words this unit stands for, as typed. */
  text: string;
  /** English label when the unit is a lexicon concept. */
  concept?: string;
  /** Other spellings found in the corpus (as printed), for explaining the search. */
  variants: string[];
  /** A paragraph contains the unit if it fills every slot of one of these phrases. */
  phrases: Slot[][];
  /**
   * When the unit is (part of) the name of a person the knowledge knows: the articles that name
   * them, with how many times (any spelling the people analysis joined to them). The units of one
   * name share one map.
   */
  namedIn?: ReadonlyMap<number, number>;
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

const emptySlot = (): Slot => ({ word: new Map(), stem: new Map() });

function put(terms: Map<string, number>, term: string, weight: number): void {
  if (term.length > 0 && (terms.get(term) ?? 0) < weight) terms.set(term, weight);
}

/* Arabic spellings of `word` with a proclitic letter added that the corpus actually has (موسكو →
 * وموسكو). The reverse, removing a letter from the query word, is not done: بوتين is not ب + وتين. */
function attestedClitics(word: string, vocabulary: Vocabulary): string[] {
  if (scriptOf(word) !== 'arabic') return [];
  return withProclitic(word).filter((w) => vocabulary.has(w));
}

/** Weight of a pack's spelling of a place or name word in another script than the query's. */
const SPELLING_WEIGHT = 1;

/** A spelling (one or more words) as a phrase matched on surface forms, with attested proclitics. */
export function spellingPhrase(text: string, weight: number, vocabulary: Vocabulary): Slot[] {
  return spellingWords(text).map((w) => {
    const slot = emptySlot();
    put(slot.word, w.word, weight);
    for (const c of attestedClitics(w.word, vocabulary)) put(slot.word, c, weight - 0.1);
    return slot;
  });
}

const sameScriptWeight = (typed: string, spelling: string) => (scriptOf(spelling) === scriptOf(typed) ? 1 : SPELLING_WEIGHT);

function wordUnit(text: string, forms: WordForms, vocabulary: Vocabulary, place?: Place): QueryUnit {
  const slot = emptySlot();
  put(slot.word, forms.word, 1);
  for (const w of attestedClitics(forms.word, vocabulary)) put(slot.word, w, 0.9);
  const script = scriptOf(text);
  const readings = otherReadings(text);
  const inScript = (found: string[], script: string) => found.flatMap((r) => vocabulary.soundAlikes(r).filter((w) => scriptOf(w) === script));
  const scriptAlikes = [...inScript(readings.arabic, 'arabic'), ...inScript(readings.devanagari, 'devanagari')];
  const found = [...new Set([...[text, ...readings.any].flatMap((r) => vocabulary.soundAlikes(r)), ...scriptAlikes])];
  const noArabic = script === 'latin' && !found.some((w) => scriptOf(w) === 'arabic');
  const direct = noArabic ? [...found, ...inScript(arabicFallbackReadings(text), 'arabic')] : found;
  const alikes = [...new Set([...direct, ...sameScriptVariants(direct, script, vocabulary)])].filter((w) => w !== forms.word);
  for (const w of alikes) {
    const weight = scriptOf(w) === script ? 0.9 : 1;
    put(slot.word, w, weight);
    for (const c of attestedClitics(w, vocabulary)) put(slot.word, c, weight - 0.1);
  }
  const native = nativeNameWords(text);
  const isName = native.length > 0 || alikes.some((w) => scriptOf(w) !== script);
  if (!isName && !place) {
    // Inflected forms are in the stem field; the bare stem written as a word is in the word field.
    put(slot.stem, forms.stem, 0.5);
    put(slot.word, forms.stem, 0.5);
  }
  const spellings = [...(place?.spellings ?? []), ...native].filter((s) => foldedOnce(s) !== forms.word);
  const phrases = [[slot], ...spellings.map((s) => spellingPhrase(s, sameScriptWeight(text, s), vocabulary)), ...partsPhrase(text, vocabulary)].filter((p) => p.length > 0);
  // The packs' spellings are shown only when no spelling of the corpus sounds like the word.
  const shown = alikes.length > 0 ? alikes.map((w) => vocabulary.written(w)) : spellings.filter((s) => scriptOf(s) !== script);
  const variants = shown.slice(0, MAX_VARIANTS);
  return { text, variants, phrases };
}

/** Sound symbols a spelling in another script needs before its own variants are trusted (short words drift). */
const MIN_VARIANT_SOUNDS = 7;
/** Spellings in another script whose variants are looked up, at most. */
const MAX_VARIANT_SOURCES = 2;

/**
 * Other spellings, in the same script, of a long name found in another script than the query's:
 * Hindi writes स्टानिकज़ई and स्टैनिकज़ई, स्टेनकजई, and a Latin "Stanekzai" sounds like the first
 * only. Short words are left alone: their neighbours are often other words.
 */
function sameScriptVariants(found: readonly string[], script: string, vocabulary: Vocabulary): string[] {
  const sources = found.filter((w) => scriptOf(w) !== script && scriptOf(w) !== 'latin' && soundProfile(vocabulary.written(w)).sounds.length >= MIN_VARIANT_SOUNDS).slice(0, MAX_VARIANT_SOURCES);
  return sources.flatMap((w) => vocabulary.soundAlikes(vocabulary.written(w)).filter((v) => scriptOf(v) === scriptOf(w)));
}

/**
 * A Turkish -oglu surname or an Arabic Abd- compound as the two words other scripts write
 * (respell.ts), when both are in the corpus: a part the packs list as a name word (Abdul, عبد) is
 * that word, others are found by sound.
 */
function partsPhrase(text: string, vocabulary: Vocabulary): Slot[][] {
  const parts = turkishParts(text) ?? abdParts(text);
  if (!parts || scriptOf(text) !== 'latin') return [];
  const slots = parts.map((readings) => {
    const slot = emptySlot();
    const listed = readings.flatMap((r) => nativeNameWords(r)).filter((w) => !w.includes(' '));
    const found = listed.length > 0 ? listed.map(foldedOnce).filter((w) => vocabulary.has(w)) : readings.flatMap((r) => vocabulary.soundAlikes(r));
    for (const w of new Set(found)) if (scriptOf(w) !== 'latin') put(slot.word, w, 1);
    return slot;
  });
  return slots.every((s) => s.word.size > 0) ? [slots] : [];
}

const foldedOnce = (spelling: string) => spellingWords(spelling).map((w) => w.word).join(' ');

/** A place named by several words: any pack's spelling of it. */
function placeUnit(text: string, place: Place, vocabulary: Vocabulary): QueryUnit {
  const script = scriptOf(text);
  const phrases = place.spellings.map((s) => spellingPhrase(s, sameScriptWeight(text, s), vocabulary)).filter((p) => p.length > 0);
  return { text, variants: place.spellings.filter((s) => scriptOf(s) !== script).slice(0, MAX_VARIANTS), phrases };
}

/** An acronym: itself, and its letters as each pack writes them; never a sound-alike. */
function acronymUnit(text: string, forms: WordForms, vocabulary: Vocabulary): QueryUnit {
  const slot = emptySlot();
  put(slot.word, forms.word, 1);
  const spellings = acronymSpellings(text);
  return { text, variants: spellings.slice(0, MAX_VARIANTS), phrases: [[slot], ...spellings.map((s) => spellingPhrase(s, SPELLING_WEIGHT, vocabulary))] };
}

const TRANSLATION_WEIGHT = 0.4;

/** One word of a lexicon phrase, in any inflection: its stem as a word, or as a stem. */
function phraseSlot(w: WordForms, weight: number): Slot {
  const slot = emptySlot();
  put(slot.word, w.stem, weight);
  put(slot.stem, w.stem, weight);
  return slot;
}

/** Concept phrases depend only on the entry and the query's script; built once each. */
const conceptCache = new Map<string, Pick<QueryUnit, 'variants' | 'phrases'>>();

function conceptUnit(text: string, entry: LexiconEntry): QueryUnit {
  const script = scriptOf(text);
  const cacheKey = `${packsVersion()}\u0000${entry.concept}\u0000${script}`;
  let built = conceptCache.get(cacheKey);
  if (!built) {
    const all = entry.spellings;
    const phrases = all.flatMap((phrase) => {
      // Stop words are not indexed, so a phrase is looked for without them.
      const words = analysePhrase(phrase).words.filter((w) => !isStopWord(w.word));
      const weight = scriptOf(phrase) === script ? 1 : TRANSLATION_WEIGHT;
      return words.length > 0 ? [words.map((w) => phraseSlot(w, weight))] : [];
    });
    built = { variants: all.filter((p) => scriptOf(p) !== script).slice(0, MAX_VARIANTS), phrases };
    conceptCache.set(cacheKey, built);
  }
  return { text, concept: entry.concept, ...built };
}

/** Words looked ahead for a lexicon phrase. */
const LOOKAHEAD = 6;
/** Query words examined at most (stop words and repeats included), so a pasted page stays fast. */
const MAX_EXAMINED = 4 * MAX_QUERY_TERMS;
/**
 * Longer than any real word or name in these languages; a longer "word" (a pasted blob, a run of
 * combining marks) is cut, so that fuzzy and phonetic matching cost what a normal word costs.
 */
export const MAX_WORD_CHARS = 40;

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
      const t = tokens[words.length]!.text.slice(0, MAX_WORD_CHARS);
      words.push({ text: t, forms: wordForms(t) });
    }
    const concept = conceptAt(words, i);
    const place = concept ? undefined : placeAt(words, i);
    const length = concept?.length ?? place?.length ?? 1;
    const unitText = words.slice(i, i + length).map((w) => w.text).join(' ');
    const forms = concept || isStopWord(words[i]!.forms.word) ? undefined : words[i]!.forms;
    i += length;
    const key = concept ? `concept:${concept.entry.concept}` : place ? `place:${place.place.name}` : forms?.word;
    if (key === undefined) ignored.push(unitText);
    else if (seen.has(key)) continue;
    else if (concept) units.push(conceptUnit(unitText, concept.entry));
    else if (place && length > 1) units.push(placeUnit(unitText, place.place, vocabulary));
    else if (!place && isAcronym(unitText)) units.push(acronymUnit(unitText, forms!, vocabulary));
    else units.push(wordUnit(unitText, forms!, vocabulary, place?.place));
    if (key !== undefined) seen.add(key);
  }
  return { units, ignored, read: i, dropped: tokens.length - i };
}
