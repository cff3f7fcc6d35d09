/**
 * Script-independent sound comparison of names: `Lavrov` ~ `लावरोव` ~ `لافروف`.
 *
 * A word is transliterated (translit.ts), English spelling is reduced to sounds, and the result is
 * compared two ways:
 * - `phoneticKey`: a coarse consonant skeleton (v/w/f, p/b, k/q/c/g, j/z, s/sh merged; vowels and h
 *   dropped) to find candidates cheaply;
 * - `phoneticSimilar`: a weighted edit distance over the full sound string that verifies a
 *   candidate. Substitutions Arabic forces (no p, v, o, e; no short vowels in print) and Hindi
 *   spelling forces (ॉ read as a) are cheap; other differences cost more, and the allowance grows
 *   with word length so that a 3-consonant key shared by unrelated words (Putin ~ भूटान, Price ~
 *   प्रेस) does not pass.
 */
import { arabicToLatin } from './arabicLatin.ts';
import { scriptOf } from './normalize.ts';
import { tokenize } from './tokenize.ts';
import { toLatin } from './translit.ts';

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/* A: the vowel an Arabic word's opening bare alif stands for, which print does not say. */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'A']);
const isVowel = (s: string) => VOWELS.has(s);

/* English spelling → sounds, only for words written in Latin letters. */
const ENGLISH_SPELLING: Array<[RegExp, string]> = [
  // German sch is sh, as Arabic and Hindi write it (Schallenberg شالنبرغ, Schumer शूमर, Fischer).
  [/sch/g, 'sh'],
  [/ph/g, 'f'],
  // Mc is Mac, its vowel unwritten (McKenzie ماكنزي).
  [/^mc/, 'mak'],
  // Pinyin x is the sh sound (Xi, Xinjiang), and Chinese names are where English words begin with x.
  [/^x(?=[aeiou])/, 'sh'],
  [/ck/g, 'k'],
  // The h of "ohn" is silent (John, Johnson, Johnston): Arabic and Hindi write none (جونسون, जॉनसन).
  [/ohn/g, 'on'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  // A final ie is the vowel i (McKenzie, Marie), not a glide.
  [/ie$/, 'i'],
  [/i([^aeiouy])e$/, 'ai$1'],
  [/a([^aeiouy])e$/, 'ei$1'],
  [/([ou])([^aeiouy])e$/, '$1$2'],
  // A final oe is the vowel o (Joe, Monroe, Crusoe): Arabic and Hindi write it as a final o (جو, जो).
  [/oe$/, 'o'],
  [/(?<=[^aeiou])e$/, ''],
  [/ee/g, 'i'],
  [/oo|ou/g, 'u'],
  [/ow$/, 'o'],
  [/(?<=[^aeiou])y$/, 'i'],
  // y between consonants is the vowel i (Volodymyr, Zelenskyy's Ukrainian spellings, Sylvia).
  [/(?<=[^aeiouy])y(?=[^aeiouy])/g, 'i'],
  // i between a consonant and a vowel, past the first syllable, is the glide y, as Arabic and Hindi
  // spell it (William وليام, Maria मारिया); a first i keeps its vowel (Kiev कीव).
  [/(?<=[aeiou][^aeiouy]+)i(?=[aeou])/g, 'y'],
];

/* Digraphs that are one sound; the aspiration h after a stop (bh, dh, kh, th, gh) is dropped because
 * English, Hindi and Arabic spellings disagree about it. */
const DIGRAPHS: Array<[RegExp, string]> = [
  [/sh/g, 'S'],
  // kh is its own sound in all three scripts (خ, ख़, Khan): never the g of gh (غني Ghani).
  [/kh/g, 'x'],
  [/chh?/g, 'C'],
  [/zh/g, 'z'],
  [/([bdgjkpt])h/g, '$1'],
  [/w/g, 'v'],
];

/* Turkish spelling: written with its own letters (Çavuşoğlu) or, in ASCII, with its surname
 * ending -oglu "son of" (Cavusoglu). Its c is the j sound, ç ch, ş sh, ı i. */
const TURKISH = /[çşğı]|og(?:lu|ullari)$/iu;
const TURKISH_LETTERS: Array<[RegExp, string]> = [[/c/g, 'j'], [/ç/g, 'ch'], [/ş/g, 'sh'], [/ı/g, 'i']];

/* Arabic letters whose Latin ends in a letter that an h after it would make a digraph of (سه is s-h, not ش). */
const BEFORE_H = /(?<=[سصكتطدضبجزظ])(?=ه)/u;

/** An Arabic word in Latin letters, with "|" where its ه follows one of those letters, kept apart from the digraphs. */
function arabicSounds(word: string): string {
  return word.split(BEFORE_H).map((part) => arabicToLatin(part, '')).join('|');
}

/**
 * The sound symbols of a word: vowels a e i o u (A: the unprinted one of an Arabic opening alif),
 * consonants (S = sh, C = ch, x = kh, v also for w).
 * @example sounds('Price') // ['p','r','a','i','s']
 */
export function sounds(word: string): string[] {
  const script = scriptOf(word);
  if (script === 'latin' && TURKISH.test(word)) {
    let turkish = word.toLowerCase();
    for (const [re, to] of TURKISH_LETTERS) turkish = turkish.replace(re, to);
    if (turkish !== word.toLowerCase()) return sounds(turkish);
  }
  // Arabic ع stands for an unknown vowel here: leave it out rather than guess one.
  let s = script === 'arabic' ? tokenize(word).map((t) => arabicSounds(t.text)).join('') : toLatin(word).replace(/ /g, '');
  // Arabic writes the English long i of foreign names as اي (بايدن Biden, هايكو Heiko).
  // Not the a of a hamza seat before ي, a syllable of its own (رئيسي Raisi, not Risi).
  if (script === 'arabic' && !/ئ[يی]/u.test(word)) s = s.replace(/a[iy](?=[^aeiouy])/g, 'i');
  // ...and the voiced s that ends an English name after a consonant as ز (بيرنز Burns, جونز Jones).
  if (script === 'arabic') s = s.replace(/(?<=[^aeiou])z$/, 's');
  // ...and a final ية as iya, its ي doubled before the ending (عطية Attiyah, سمية Sumaya, رقية Ruqayya).
  if (script === 'arabic' && /ي[ةه]$/u.test(word.normalize('NFC').replace(MARKS, ''))) s = s.replace(/ia$/, 'iya');
  // ...and the ch it lacks as تش (تشيني Cheney).
  if (script === 'arabic') s = s.replace(/tsh/g, 'ch');
  // A bare alif opening a word before a consonant is any short vowel, its mark unprinted (افتخار Iftikhar, اسحاق Ishaq).
  if (script === 'arabic' && /^\p{Script=Arabic}/u.test(word) && word.normalize('NFC').replace(MARKS, '').startsWith('ا') && /^a[^aeiou]/.test(s)) s = `A${s.slice(1)}`;
  if (script !== 'devanagari' && script !== 'arabic') {
    for (const [re, to] of ENGLISH_SPELLING) s = s.replace(re, to);
  }
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  s = s.replace(/\|/g, '');
  const out: string[] = [];
  [...s].forEach((c, i, all) => {
    // y after a vowel and before a consonant or the end is the second half of a diphthong (jayshankar).
    const prev = all[i - 1];
    const next = all[i + 1];
    const gliding = prev !== undefined && isVowel(prev) && (next === undefined || !isVowel(next));
    const sym = gliding && c === 'y' ? 'i' : c;
    if (sym !== out[out.length - 1]) out.push(sym);
  });
  return out;
}

/* Sounds that spellings of one name swap cheaply: p/b, f/v, k/g/q, j/z, s/sh. */
const COARSE: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', v: 'F', k: 'K', g: 'K', q: 'K', x: 'X', j: 'J', z: 'J', s: 'S', S: 'S', C: 'C',
  t: 'T', d: 'D', l: 'L', r: 'R', m: 'M', n: 'N', y: 'Y',
};

/* The key is coarser still, so that candidates are found across the swaps scripts force on foreign
 * names: Arabic writes g as ج or غ (سيرجي/سيرغي Sergey, وانج/وانغ Wang), Hindi writes v as भ or ब
 * (डोभाल Doval, ब्लादिमीर Vladimir); the distance below decides (KEY_SWAP_COST). */
const KEY: Record<string, string> = { ...COARSE, f: 'B', v: 'B', j: 'K', z: 'K' };

/* Cost of the swaps only the key forgives: real but common spelling differences of one name. */
const KEY_SWAP_COST: Record<string, number> = { bv: 0.5, gj: 0.3, jk: 0.75, gz: 0.75 };

/** The letters match keys are written in. */
export const KEY_LETTERS = [...new Set(Object.values(KEY))].join('');

function skeleton(syms: Iterable<string>, classes: Record<string, string>): string {
  let key = '';
  for (const s of syms) {
    const c = classes[s];
    if (c !== undefined && !key.endsWith(c)) key += c;
  }
  return key;
}

/**
 * A coarse consonant skeleton, equal for most spellings of a name in any script; prefixes of it
 * complete what a member is typing.
 * @example phoneticKey('Lavrov') === phoneticKey('لافروف') // true ('LFRF')
 */
export function phoneticKey(word: string): string {
  return skeleton(sounds(word), COARSE);
}

/**
 * A coarser skeleton, equal also across the letter swaps scripts force on foreign names
 * (Doval/डोभाल, Sergey/سيرغي/سيرجي): use it to find candidates, then `phoneticSimilar` to verify.
 * @example matchKey('Doval') === matchKey('डोभाल') // true ('DBL')
 */
export function matchKey(word: string): string {
  return skeleton(sounds(word), KEY);
}

const VOWEL_PAIR_COST: Record<string, number> = {
  ao: 0.25, ae: 0.4, ai: 0.75, au: 0.75, ei: 0.3, ou: 0.3, eo: 0.6, iu: 0.75, io: 0.75, eu: 0.75,
};

function substitution(x: string, y: string, arabic: boolean): number {
  if (x === y) return 0;
  if (isVowel(x) && isVowel(y)) {
    if (x === 'A' || y === 'A') return 0.1;
    const pair = x < y ? x + y : y + x;
    if (arabic && (pair === 'ou' || pair === 'ei')) return 0.1;
    // Arabic writes the short u of an English name with ي as often as with و (بيرنز Burns).
    if (arabic && pair === 'iu') return 0.45;
    return VOWEL_PAIR_COST[pair] ?? 0.75;
  }
  if (isVowel(x) !== isVowel(y)) {
    const glide = (x === 'y' && y === 'i') || (x === 'i' && y === 'y') || (x === 'v' && y === 'u') || (x === 'u' && y === 'v');
    return glide ? 0.3 : 1.5;
  }
  if (COARSE[x] !== undefined && COARSE[x] === COARSE[y]) {
    // ق is how Arabic writes the q or k of a name (متقي Muttaqi): almost no difference.
    if (arabic && (x + y === 'kq' || x + y === 'qk')) return 0.1;
    if (arabic) return 0.2;
    return COARSE[x] === 'B' ? 1 : 0.5;
  }
  return KEY_SWAP_COST[x < y ? x + y : y + x] ?? 1;
}

/* A sound of one word with nothing to match in the other. A vowel missing from an Arabic word is
 * cheap (short vowels are not printed); a vowel Arabic did print is a real difference, the more so
 * as Arabic prints only long vowels (بوتين is not भूटान). */
function indel(x: string, otherArabic: boolean, selfArabic: boolean): number {
  if (isVowel(x)) return otherArabic ? 0.2 : selfArabic ? 0.6 : 0.5;
  if (x === 'h') return 0.5;
  if (x === 'y' || x === 'v') return 0.6;
  return 1;
}

/** Weighted edit distance between two sound strings; `arabicA`/`arabicB`: written in Arabic script. */
export function soundDistance(a: ArrayLike<string>, b: ArrayLike<string>, arabicA: boolean, arabicB: boolean): number {
  const arabic = arabicA || arabicB;
  let prev: number[] = [0];
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + indel(b[j - 1]!, arabicA, arabicB);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [prev[0]! + indel(a[i - 1]!, arabicB, arabicA)];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + indel(a[i - 1]!, arabicB, arabicA),
        row[j - 1]! + indel(b[j - 1]!, arabicA, arabicB),
        prev[j - 1]! + substitution(a[i - 1]!, b[j - 1]!, arabic),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** A word's sounds with the one fact about its spelling that comparison needs; cheap to store. */
export interface SoundProfile {
  /** Sound symbols, one character each (see `sounds`). */
  sounds: string;
  /** Written in Arabic script, which leaves out short vowels and has no p, v, o, e. */
  arabic: boolean;
}

/** @example soundProfile('بوتين') // { sounds: 'butin', arabic: true } */
export function soundProfile(word: string): SoundProfile {
  return { sounds: sounds(word).join(''), arabic: scriptOf(word) === 'arabic' };
}

/**
 * `phoneticSimilar` on precomputed profiles, for comparing one word with many.
 * @example similarProfiles(soundProfile('Putin'), soundProfile('بوتين')) // true
 */
export function similarProfiles(a: SoundProfile, b: SoundProfile): boolean {
  if (a.sounds.length === 0 || b.sounds.length === 0) return false;
  const allowance = 0.25 + 0.1 * Math.min(a.sounds.length, b.sounds.length);
  return soundDistanceBelow(a.sounds, b.sounds, a.arabic, b.arabic, allowance);
}

/* Rows of `soundDistanceBelow`, reused: it runs for every candidate of every expanded query word. */
let rowA = new Float64Array(32);
let rowB = new Float64Array(32);

/* `substitution` and `indel` of ASCII sound symbols, looked up by character code once worked out
 * (NaN until then): the distance's inner loop runs millions of times on a large vocabulary. */
const ASCII = 128;
const substitutionCosts = new Float64Array(ASCII * ASCII * 2).fill(NaN);
const indelCosts = new Float64Array(ASCII * 4).fill(NaN);

function substitutionCost(a: string, i: number, b: string, j: number, arabic: boolean): number {
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(j);
  if (x >= ASCII || y >= ASCII) return substitution(a[i]!, b[j]!, arabic);
  const at = (x * ASCII + y) * 2 + (arabic ? 1 : 0);
  const known = substitutionCosts[at]!;
  return known === known ? known : (substitutionCosts[at] = substitution(a[i]!, b[j]!, arabic));
}

function indelCost(a: string, i: number, otherArabic: boolean, selfArabic: boolean): number {
  const x = a.charCodeAt(i);
  if (x >= ASCII) return indel(a[i]!, otherArabic, selfArabic);
  const at = x * 4 + (otherArabic ? 2 : 0) + (selfArabic ? 1 : 0);
  const known = indelCosts[at]!;
  return known === known ? known : (indelCosts[at] = indel(a[i]!, otherArabic, selfArabic));
}

/**
 * Whether `soundDistance(a, b, …)` is below `limit` (see `soundDistanceUnder`).
 * @example soundDistanceBelow('lavrov', 'lavrof', false, false, 0.85) // true
 */
export function soundDistanceBelow(a: string, b: string, arabicA: boolean, arabicB: boolean, limit: number): boolean {
  return soundDistanceUnder(a, b, arabicA, arabicB, limit) < limit;
}

/**
 * `soundDistance(a, b, …)` when it is below `limit`, else a number not below it (Infinity once it
 * cannot be): every cost is at least 0, so no cell of the table is less than the least of the row
 * above it, and most candidates that share a sound key with a word are ruled out after a few rows.
 * The cells are summed as `soundDistance` sums them, so a distance below the limit is the same number.
 * @example soundDistanceUnder('lavrov', 'lavrof', false, false, 0.85) // soundDistance('lavrov', 'lavrof', false, false)
 */
export function soundDistanceUnder(a: string, b: string, arabicA: boolean, arabicB: boolean, limit: number): number {
  const arabic = arabicA || arabicB;
  if (b.length + 1 > rowA.length) {
    rowA = new Float64Array(2 * (b.length + 1));
    rowB = new Float64Array(2 * (b.length + 1));
  }
  let prev = rowA;
  let row = rowB;
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + indelCost(b, j - 1, arabicA, arabicB);
  for (let i = 1; i <= a.length; i++) {
    const deletion = indelCost(a, i - 1, arabicB, arabicA);
    row[0] = prev[0]! + deletion;
    let least = row[0]!;
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(prev[j]! + deletion, row[j - 1]! + indelCost(b, j - 1, arabicA, arabicB), prev[j - 1]! + substitutionCost(a, i - 1, b, j - 1, arabic));
      row[j] = cell;
      if (cell < least) least = cell;
    }
    if (least >= limit) return Infinity;
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/**
 * Whether two words (any scripts) are plausibly the same name: small typos and the spelling habits
 * of each script are forgiven; unrelated words with the same consonant skeleton are not.
 * @example phoneticSimilar('Lavrof', 'लावरोव') // true
 * @example phoneticSimilar('Putin', 'भूटान') // false
 */
export function phoneticSimilar(a: string, b: string): boolean {
  return similarProfiles(soundProfile(a), soundProfile(b));
}

/**
 * The match key of a profile (equal to `matchKey` of the word it was made from).
 * @example profileKey(soundProfile('Lavrov')) // 'LBRB'
 */
export function profileKey(p: SoundProfile): string {
  return skeleton(p.sounds, KEY);
}
