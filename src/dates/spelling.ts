/**
 * Spelling tolerance for the two non-Latin scripts. Each script gets a pair: `spell…` widens a
 * lexicon word into a regex fragment that also accepts its common variants, and `normalise…` maps
 * any accepted variant back to one key, so that a matched word can be looked up in the lexicon.
 *
 * Devanagari: the nukta is written inconsistently (फ़रवरी, फरवरी) and either precomposed (U+095E) or
 * as base + U+093C. Arabic: hamza on alef is often dropped (أغسطس / اغسطس, الإثنين / الاثنين),
 * final ta marbuta is often typed as ha (الجمعة / الجمعه) and the tatweel ـ is decorative.
 */
import { escapeRegex } from './patterns.ts';

const NUKTA = '\u093C';
/** Precomposed nukta letters (U+0958–U+095F) and their bases. */
const NUKTA_LETTERS = new Map<string, string>([
  ['\u0958', 'क'], ['\u0959', 'ख'], ['\u095A', 'ग'], ['\u095B', 'ज'],
  ['\u095C', 'ड'], ['\u095D', 'ढ'], ['\u095E', 'फ'], ['\u095F', 'य'],
]);
const PRECOMPOSED_OF = new Map([...NUKTA_LETTERS].map(([composed, base]) => [base, composed]));

/** Regex fragment for a Devanagari word that accepts it with or without nukta, in either encoding. */
export function spellDevanagari(word: string): string {
  let out = '';
  for (const ch of normaliseDevanagari(word)) {
    const composed = PRECOMPOSED_OF.get(ch);
    out += composed ? `(?:${ch}${NUKTA}?|${composed})` : ch === ' ' ? '\\s+' : escapeRegex(ch);
  }
  return out;
}

/** Lookup key of a Devanagari word: nukta removed in both encodings, spaces collapsed. */
export function normaliseDevanagari(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch === NUKTA) continue;
    out += NUKTA_LETTERS.get(ch) ?? ch;
  }
  return out.replace(/\s+/gu, ' ');
}

const ALEFS = '[اأإ]';

/** Regex fragment for an Arabic word that accepts hamza-less alef, ha for ta marbuta, and tatweel. */
export function spellArabic(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch === 'أ' || ch === 'إ') out += ALEFS;
    else if (ch === 'ة') out += '[ةه]';
    else if (ch === ' ') out += '\\s+';
    else out += escapeRegex(ch);
    if (ch !== ' ') out += '\u0640*';
  }
  return out;
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
