/**
 * Spelling tolerance for the two non-Latin scripts. Each script gets a pair: `spell…` widens a
 * lexicon word into a regex alternation that also accepts its common variants, and `normalise…`
 * maps any accepted variant back to one key, so that a matched word can be looked up in the lexicon.
 *
 * Devanagari: the nukta is written inconsistently (फ़रवरी, फरवरी) and either precomposed (U+095E) or
 * as base + U+093C. Arabic: hamza on alef is often dropped (أغسطس / اغسطس, الإثنين / الاثنين),
 * final ta marbuta is often typed as ha (الجمعة / الجمعه) and the tatweel ـ is decorative.
 */
import { alternation, escapeRegex } from './patterns.ts';

const NUKTA = '\u093C';
/** Precomposed nukta letters (U+0958–U+095F) and their bases. */
const NUKTA_LETTERS = new Map<string, string>([
  ['\u0958', 'क'], ['\u0959', 'ख'], ['\u095A', 'ग'], ['\u095B', 'ज'],
  ['\u095C', 'ड'], ['\u095D', 'ढ'], ['\u095E', 'फ'], ['\u095F', 'य'],
]);
const PRECOMPOSED_OF = new Map([...NUKTA_LETTERS].map(([composed, base]) => [base, composed]));

const VIRAMA = '\u094D';

function devanagariChar(ch: string): string {
  // A joiner after the virama only shapes the conjunct ("अगस्\u200Dत"): the word is the same.
  if (ch === VIRAMA) return `${VIRAMA}[\u200C\u200D]?`;
  const composed = PRECOMPOSED_OF.get(ch);
  return composed ? `(?:${ch}${NUKTA}?|${composed})` : escapeRegex(ch);
}

/** Alternation of Devanagari words that accepts each with or without nukta, in either encoding. */
export function spellDevanagari(words: Iterable<string>): string {
  return alternation([...words].map(normaliseDevanagari), devanagariChar);
}

/** Lookup key of a Devanagari word: nukta removed in both encodings, spaces collapsed. */
export function normaliseDevanagari(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch === NUKTA || ch === '\u200C' || ch === '\u200D') continue;
    out += NUKTA_LETTERS.get(ch) ?? ch;
  }
  return out.replace(/\s+/gu, ' ');
}

const ALEFS = '[اأإ]';

function arabicChar(ch: string): string {
  const letter = ch === 'أ' || ch === 'إ' ? ALEFS : ch === 'ة' ? '[ةه]' : escapeRegex(ch);
  return `${letter}\u0640*`;
}

/** Alternation of Arabic words that accepts hamza-less alef, ha for ta marbuta, and tatweel. */
export function spellArabic(words: Iterable<string>): string {
  return alternation(words, arabicChar);
}

/** Lookup key of an Arabic word: alef variants unified, ta marbuta as ha, tatweel dropped, spaces collapsed. */
export function normaliseArabic(word: string): string {
  return word
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ة/gu, 'ه')
    .replace(/\u0640/gu, '')
    .replace(/\s+/gu, ' ');
}

/** Builds a lookup table from lists of spellings: `groups[i]` all map to `values[i]`. */
export function variantTable<T>(groups: ReadonlyArray<readonly string[]>, values: readonly T[], normalise: (w: string) => string): Map<string, T> {
  const table = new Map<string, T>();
  groups.forEach((spellings, i) => {
    for (const s of spellings) table.set(normalise(s), values[i] as T);
  });
  return table;
}
