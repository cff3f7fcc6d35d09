/**
 * Devanagari → plain Latin as a Hindi reader would spell a name in English: `लावरोव` → `lavrov`.
 * Sanscript does the letter mapping (IAST); before it, folding (which includes Hindi schwa deletion,
 * schwa.ts) marks the silent inherent vowels that Sanscript, built for Sanskrit, would otherwise
 * write (`lāvarova`); after it, IAST diacritics are reduced to ASCII.
 */
import SanscriptModule from '@indic-transliteration/sanscript';
import { foldDevanagari } from './normalize.ts';

// A CommonJS package: under tsx the default import is the exports object itself, under tsc's
// nodenext typing it is the module namespace with `default`.
const Sanscript = ((SanscriptModule as { default?: unknown }).default ?? SanscriptModule) as typeof SanscriptModule.default;

const IAST_TO_ASCII: Array<[RegExp, string]> = [
  [/jñ/g, 'gy'],
  [/ṃ(?=[pbm])/g, 'm'],
  // Anusvara before h is the velar nasal, and Hindi names end in it (सिंह Singh, not Sinh).
  [/ṃh/g, 'ngh'],
  [/ṃ/g, 'n'],
  [/ch/g, 'chh'],
  [/c(?!hh)/g, 'ch'],
  [/ph/g, 'f'],
  [/[śṣ]/g, 'sh'],
  [/[ṛṝ]/g, 'ri'],
  [/ḷ/g, 'li'],
];

/**
 * A Devanagari word in lowercase ASCII with Hindi pronunciation.
 * @example devanagariToLatin('लावरोव') // 'lavrov'
 * @example devanagariToLatin('मॉस्को') // 'masko'
 * @example devanagariToLatin('सिंह') // 'singh'
 */
export function devanagariToLatin(word: string): string {
  let s = Sanscript.t(foldDevanagari(word), 'devanagari', 'iast');
  for (const [re, to] of IAST_TO_ASCII) s = s.replace(re, to);
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * `devanagariToLatin` with the long vowels ा ी ू kept apart as capitals A I U and ॉ read au, for
 * telling which English spellings a reading allows (translitReadings.ts): a short vowel is written
 * variously in English, a long one hardly.
 * @example devanagariReading('सलाम') // 'salAm'
 */
export function devanagariReading(word: string): string {
  // ॉ is the o or au of English spelling, which the plain reading writes as a: read it as औ.
  let s = Sanscript.t(foldDevanagari(word.replace(/ॉ/gu, 'ौ').replace(/ऑ/gu, 'औ')), 'devanagari', 'iast');
  for (const [re, to] of IAST_TO_ASCII) s = s.replace(re, to);
  return s
    .replace(/ā/g, 'A')
    .replace(/ī/g, 'I')
    .replace(/ū/g, 'U')
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[^a-zAIU0-9]/g, '');
}
