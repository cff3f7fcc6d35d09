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
import { scriptOf } from './normalize.ts';
import { toLatin } from './translit.ts';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (s: string) => VOWELS.has(s);

/* English spelling → sounds, only for words written in Latin letters. */
const ENGLISH_SPELLING: Array<[RegExp, string]> = [
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/i([^aeiouy])e$/, 'ai$1'],
  [/a([^aeiouy])e$/, 'ei$1'],
  [/([ou])([^aeiouy])e$/, '$1$2'],
  [/(?<=[^aeiou])e$/, ''],
  [/ee/g, 'i'],
  [/oo|ou/g, 'u'],
  [/ow$/, 'o'],
  [/(?<=[^aeiou])y$/, 'i'],
];

/* Digraphs that are one sound; the aspiration h after a stop (bh, dh, kh, th, gh) is dropped because
 * English, Hindi and Arabic spellings disagree about it. */
const DIGRAPHS: Array<[RegExp, string]> = [
  [/sh/g, 'S'],
  [/chh?/g, 'C'],
  [/zh/g, 'z'],
  [/([bdgjkpt])h/g, '$1'],
  [/w/g, 'v'],
];

/**
 * The sound symbols of a word: vowels a e i o u, consonants (S = sh, C = ch, v also for w).
 * @example sounds('Price') // ['p','r','a','i','s']
 */
export function sounds(word: string): string[] {
  let s = toLatin(word).replace(/ /g, '');
  if (scriptOf(word) !== 'devanagari' && scriptOf(word) !== 'arabic') {
    for (const [re, to] of ENGLISH_SPELLING) s = s.replace(re, to);
  }
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
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

const COARSE: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', v: 'F', k: 'K', g: 'K', j: 'J', z: 'J', s: 'S', S: 'S', C: 'C',
  t: 'T', d: 'D', l: 'L', r: 'R', m: 'M', n: 'N', y: 'Y',
};

function skeleton(syms: string[]): string {
  let key = '';
  for (const s of syms) {
    const c = COARSE[s];
    if (c !== undefined && !key.endsWith(c)) key += c;
  }
  return key;
}

/**
 * A coarse consonant skeleton, equal for most spellings of a name in any script; use it to find
 * candidates, then `phoneticSimilar` to verify them.
 * @example phoneticKey('Lavrov') === phoneticKey('لافروف') // true ('LFRF')
 */
export function phoneticKey(word: string): string {
  return skeleton(sounds(word));
}

const VOWEL_PAIR_COST: Record<string, number> = {
  ao: 0.25, ae: 0.4, ai: 0.6, au: 0.6, ei: 0.3, ou: 0.3, eo: 0.6, iu: 0.75, io: 0.75, eu: 0.75,
};

function substitution(x: string, y: string, arabic: boolean): number {
  if (x === y) return 0;
  if (isVowel(x) && isVowel(y)) {
    const pair = x < y ? x + y : y + x;
    if (arabic && (pair === 'ou' || pair === 'ei')) return 0.1;
    return VOWEL_PAIR_COST[pair] ?? 0.75;
  }
  if (isVowel(x) !== isVowel(y)) {
    const glide = (x === 'y' && y === 'i') || (x === 'i' && y === 'y') || (x === 'v' && y === 'u') || (x === 'u' && y === 'v');
    return glide ? 0.3 : 1.5;
  }
  if (COARSE[x] !== undefined && COARSE[x] === COARSE[y]) {
    if (arabic) return 0.2;
    return COARSE[x] === 'B' ? 1 : 0.5;
  }
  return 1;
}

function indel(x: string, arabic: boolean): number {
  if (isVowel(x)) return arabic ? 0.25 : 0.5;
  if (x === 'h') return 0.5;
  if (x === 'y' || x === 'v') return 0.6;
  return 1;
}

/** Weighted edit distance between two sound strings. */
export function soundDistance(a: string[], b: string[], arabic: boolean): number {
  let prev: number[] = [0];
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + indel(b[j - 1]!, arabic);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [prev[0]! + indel(a[i - 1]!, arabic)];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + indel(a[i - 1]!, arabic),
        row[j - 1]! + indel(b[j - 1]!, arabic),
        prev[j - 1]! + substitution(a[i - 1]!, b[j - 1]!, arabic),
      );
    }
    prev = row;
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
  const sa = sounds(a);
  const sb = sounds(b);
  if (sa.length === 0 || sb.length === 0) return false;
  const arabic = scriptOf(a) === 'arabic' || scriptOf(b) === 'arabic';
  const allowance = 0.25 + 0.1 * Math.min(sa.length, sb.length);
  return soundDistance(sa, sb, arabic) < allowance;
}
