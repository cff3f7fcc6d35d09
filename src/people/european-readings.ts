/**
 * French and German name words respelled as they sound, in English spelling's terms, for matching
 * against the Arabic spellings that write them by ear: Arabic news writes Charles as شارل (sharl),
 * Michel as ميشيل (mishel), Seibert as زايبرت (zaibert), Steffen as شتيفن (shteffen), Volker as
 * فولكر. latin-spelling.ts weighs a listed word of a French or German list by its reading too (as the
 * Turkish lists' words are read in latin-names.ts).
 */

const FRENCH: Array<[RegExp, string]> = [
  [/^h/, ''],
  [/eau|au/g, 'o'],
  [/ou/g, 'u'],
  [/oi/g, 'wa'],
  [/ch/g, 'sh'],
  [/qu/g, 'k'],
  [/gn/g, 'ny'],
  [/ean/g, 'an'],
  [/g(?=[eiy])/g, 'j'],
  // Yves: a y before a consonant is the vowel i.
  [/^y(?=[^aeiou])/, 'i'],
  [/(?<=[aeiou])s(?=[aeiou])/g, 'z'],
  // Final consonants are silent (Charles sharl, Robert rober, Gérard jerar), and -ier, -ez, -et end in e.
  [/(?:ier|ez|et)$/, 'ie'],
  [/(?<=[aeiouylnr])(?:s|t|d|x|z)$/, ''],
];

const GERMAN: Array<[RegExp, string]> = [
  [/tz|z/g, 'ts'],
  [/^v/, 'f'],
  [/w/g, 'v'],
  [/^s(?=[tp])/, 'sh'],
  [/^s(?=[aeiou])/, 'z'],
  [/ei/g, 'ai'],
  [/ie/g, 'i'],
  [/eu|äu/g, 'oi'],
  [/(?<!s)ch/g, 'kh'],
  // (j as y: latin-names.ts reads it so already for the lists of countries that do)
];

const respell = (word: string, rules: ReadonlyArray<[RegExp, string]>): string => rules.reduce((out, [re, to]) => out.replace(re, to), word.toLowerCase());

/**
 * A French name word as it sounds.
 * @example frenchReading('Charles') // 'sharle'
 * @example frenchReading('Michel') // 'mishel'
 */
export const frenchReading = (word: string): string => respell(word, FRENCH);

/**
 * A German name word as it sounds.
 * @example germanReading('Seibert') // 'zaibert'
 * @example germanReading('Steffen') // 'shteffen'
 */
export const germanReading = (word: string): string => respell(word, GERMAN);
