/**
 * Script detection and orthographic folding: the variants a reader treats as the same letter
 * (Devanagari nukta and candra vowels, Arabic alef and ya forms, Urdu letters, Latin accents)
 * are mapped to one form so that spellings of the same word meet in the index.
 */

import { deleteSchwas } from './schwa.ts';

export type Script = 'devanagari' | 'arabic' | 'latin' | 'other';

const DEVANAGARI = /\p{Script=Devanagari}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The script of one character, or undefined for marks, digits and punctuation. */
export function scriptOfChar(ch: string): Script | undefined {
  if (DEVANAGARI.test(ch)) return 'devanagari';
  if (ARABIC.test(ch)) return 'arabic';
  if (LATIN.test(ch)) return 'latin';
  return /\p{L}/u.test(ch) ? 'other' : undefined;
}

/* The script of each BMP letter, decided once with the regexes above: scriptOf runs on every new
 * word and sentence of a corpus, and a table lookup is much faster than three property regexes
 * per letter. 0 = not a letter; surrogate pairs (letters beyond the BMP) use the regexes. */
const SCRIPTS: readonly Script[] = ['devanagari', 'arabic', 'latin', 'other'];
const LETTER_SCRIPT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (c < 0xd800 || c > 0xdfff) LETTER_SCRIPT[c] = /\p{L}/u.test(ch) ? SCRIPTS.indexOf(scriptOfChar(ch) ?? 'other') + 1 : 0;
}

/**
 * The script most of the letters in `text` are written in ('other' when there are no letters).
 * @example scriptOf('रूस के विदेश मंत्री Lavrov') // 'devanagari'
 */
export function scriptOf(text: string): Script {
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (/\p{L}/u.test(ch)) counts[SCRIPTS.indexOf(scriptOfChar(ch) ?? 'other') + 1]!++;
    } else counts[LETTER_SCRIPT[c]!]!++;
  }
  let best = 3; // index of 'other' in SCRIPTS
  for (let s = 0; s < 3; s++) if (counts[s + 1]! > counts[best + 1]!) best = s;
  return SCRIPTS[best]!;
}

/* Devanagari. Silent inherent vowels are written as virama (schwa.ts), since writers choose freely
 * between अफ्गान and अफगान. Nukta letters (क़ ख़ ग़ ज़ फ़ …) are written with or without the dot by the same outlet,
 * so the nukta is dropped. The candra vowels ॉ/ऑ (English "o" in मॉस्को) alternate with ा/आ (मास्को)
 * and ॅ/ऍ with े/ए; chandrabindu alternates with anusvara; a nasal consonant + virama before a
 * consonant (हिन्दी) is the same sound as anusvara (हिंदी). ZWJ/ZWNJ only steer rendering. */
const NUKTA = /\u093C/g;
const DEVANAGARI_VOWEL_FOLD: Record<string, string> = {
  '\u0949': '\u093E', // ॉ → ा
  '\u0911': '\u0906', // ऑ → आ
  '\u0945': '\u0947', // ॅ → े
  '\u090D': '\u090F', // ऍ → ए
  '\u0901': '\u0902', // ँ → ं
};
const DEVANAGARI_VOWELS = /[\u0949\u0911\u0945\u090D\u0901]/g;
const NASAL_CLUSTER = /[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])/g;
const JOINERS = /[\u200C\u200D]/g;
const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097F]+/g;

/**
 * Devanagari spelling variants folded to one form (no case change).
 * @example foldDevanagari('अफ़्ग़ानिस्तान') === foldDevanagari('अफगानिस्तान') // true
 */
export function foldDevanagari(text: string): string {
  return foldDevanagariLetters(text).replace(DEVANAGARI_WORD, deleteSchwas);
}

function foldDevanagariLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(NUKTA, '')
    .replace(DEVANAGARI_VOWELS, (c) => DEVANAGARI_VOWEL_FOLD[c] ?? c)
    .replace(NASAL_CLUSTER, '\u0902')
    .replace(JOINERS, '')
    .normalize('NFC');
}

/* Arabic. Short-vowel marks, shadda, sukun, superscript alef and tatweel are optional in print;
 * hamza-carrying alefs are written as bare alef by many outlets; alef maqsura and ya, ta marbuta
 * and ha are confused at word ends. Urdu/Persian letters (ک ی ہ ۃ ے ھ, as in the Urdu dateline of
 * a Pakistani outlet) are the Arabic letters with a regional shape. The mapping follows the common
 * Arabic search normalisation (as in Lucene's ArabicNormalizer) plus those regional letters. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_LETTER_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ے': 'ي', 'ئ': 'ي',
  'ؤ': 'و',
  'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ۀ': 'ه',
  'ک': 'ك',
};
const ARABIC_LETTERS = /[أإآٱىیےئؤةۃہھۀک]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Arabic-script spelling variants folded to one form.
 * @example foldArabic('الأَمْنِ') // 'الامن'
 */
export function foldArabic(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_LETTERS, (c) => ARABIC_LETTER_FOLD[c] ?? c)
    .replace(EASTERN_DIGITS, (d) => String((d.codePointAt(0)! - 0x0660) % (0x06f0 - 0x0660)));
}

/** Latin accents (combining diacritics after NFD) are dropped: "Tiānwān" matches "Tianwan". */
function foldLatin(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036F]/g, '').normalize('NFC');
}

/**
 * All spelling folds except Hindi schwa deletion: the form stemmers expect (they strip suffixes
 * from written words, and the virama marks would hide the suffix).
 * @example foldSpelling('मॉस्को') // 'मास्को'
 */
export function foldSpelling(term: string): string {
  return foldArabic(foldLatin(foldDevanagariLetters(term.normalize('NFKC')))).toLowerCase();
}

/**
 * A term in its matching form: Unicode-normalised, lowercased, with every script's folding
 * applied. Used for index terms, query terms and name comparison everywhere.
 * @example foldTerm('अफ़्ग़ानिस्तान') === foldTerm('अफगानिस्तान') // true
 * @example foldTerm('Lavróv') // 'lavrov'
 */
export function foldTerm(term: string): string {
  return foldSpelling(term).replace(DEVANAGARI_WORD, deleteSchwas);
}

/* Text a member types may carry invisible characters (pasted from a web page or a phone keyboard):
 * zero-width spaces, soft hyphens, word joiners, byte-order marks, bidi controls. Unicode's
 * Default_Ignorable_Code_Point property lists exactly the characters to ignore, so they are removed
 * before any analysis ("La\u200Bv\u200Brov" is "Lavrov", not the word "rov"). ZWJ and ZWNJ are
 * default-ignorable too, but between two Devanagari or Arabic characters they choose a letter's
 * shape (क्\u200Dष, می\u200Cخواهم), so there they stay, as written. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const SHAPING_SCRIPT = /[\p{Script=Devanagari}\p{Script=Arabic}]/u;

/**
 * @example cleanMemberText('La\u200Bv\u00ADrov') // 'Lavrov'
 * @example cleanMemberText('क्\u200Dष') // 'क्\u200Dष' (kept: it shapes the conjunct)
 */
export function cleanMemberText(text: string): string {
  return text.replace(IGNORABLE, (ch, at: number) => {
    if (ch !== '\u200C' && ch !== '\u200D') return '';
    const before = text.codePointAt(at - 1);
    const after = text.codePointAt(at + 1);
    const shapes = (cp: number | undefined) => cp !== undefined && SHAPING_SCRIPT.test(String.fromCodePoint(cp));
    return shapes(before) && shapes(after) ? ch : '';
  });
}
