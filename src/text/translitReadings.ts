/**
 * The Latin spellings a Devanagari word's reading allows. Devanagari writes a foreign name's
 * sounds less finely than English spelling does: ज is j or z (जायद Zayed), the inherent a is
 * any short vowel, ी is i or ee (दीपक Deepak), ॉ is o, oh or au (जॉनसन Johnson), a consonant may
 * be doubled or followed by a silent h. A listed Latin name that the reading allows is the name's
 * spelling; one it does not allow (Moody for मोदी: ो is no oo) is another name.
 */

/* Each letter group of the ASCII reading (devanagariLatin.ts), longest first, with the Latin
 * spellings it may stand for. */
const VOWELS: ReadonlyArray<readonly [string, string]> = [
  ['ai', 'ai|ay|ae|ei|ey|e'],
  // आइ is the diphthong of a foreign name, which English writes many ways (हाइको Heiko, बाइडेन Biden, माइक Mike).
  ['Ai', '(?:a|aa|ah)(?:i|e|y)|ei|ey|i|y|ie|igh'],
  // ॉ, read au here (devanagari-spelling.ts), is the o or au of English spelling (Johnson, Austin).
  ['au', 'au|aw|ou|ow|o|oh'],
  ['A', 'a|aa|ah'],
  ['a', ''],
  ['I', 'i|ee|ie|y|ey'],
  ['i', 'i|e|y'],
  ['U', 'u|oo|ou'],
  ['u', 'u|o|oo'],
  ['e', 'e|ee|ai|ay|ei|ey'],
  ['o', 'o|oh|oe'],
];
const CONSONANTS: ReadonlyArray<readonly [string, string]> = [
  ['chh', 'ch|chh|c'], ['ch', 'ch|c|tch|tsch|cz'], ['sh', 'sh|s|sch|ch|sz'], ['kh', 'kh|k|ch|h'], ['gh', 'gh|g'],
  ['th', 'th|t'], ['dh', 'dh|d|th'], ['bh', 'bh|b|v'], ['ph', 'ph|f'], ['ng', 'ng|n'],
  ['j', 'j|z|dj'], ['z', 'z|j|s'], ['k', 'k|c|ck|q|ch|kh'], ['q', 'q'], ['g', 'g|gh|gu'], ['s', 's|c|z|sc'],
  ['t', 't|th'], ['d', 'd|dh'], ['f', 'f|ph'], ['v', 'v|w|wh|u'], ['w', 'w|v'], ['y', 'y|i|j|ie'],
];

const cache = new Map<string, RegExp>();

/* What Hindi writes of a foreign name's vowels, read loosely (`loose` below): an English short a
 * as ऐ (हैरिस Harris), a long e as ी (पीटर Peter, जीन Jean), any unstressed vowel or none as the
 * inherent a (एंटनी Antony, यवेस Yves, कमला Kamala and Kamla). */
const LOOSE_VOWELS: Readonly<Record<string, string>> = { ai: 'ai|ay|ae|ei|ey|e|a', a: 'a|e|o|u|i', I: 'i|ee|ie|y|ey|e|ea' };
/* ...and opening a word: ए as a too (एडम Adam), the inherent a as a (as strictly). */
const LOOSE_FIRST: Readonly<Record<string, string>> = { e: 'e|ee|ai|ay|ei|ey|a', a: 'a' };
/* ...and ज as the soft g of English spelling before e, i, y (एंजेला Angela, रोजर Roger), which
 * an Indian or Pakistani name never is (राजीव Rajeev). */
const LOOSE_J = 'j|z|dj|d?g(?=[eiy])';

/**
 * A pattern matching the lowercase Latin spellings that a Devanagari word's reading allows; the
 * reading is `devanagariReading`'s, long vowels in capitals; `english`: the word is written with ॉ;
 * `loose`: as Hindi writes a foreign name, whose short and unstressed vowels it writes by ear, and
 * an i before a vowel for iy (एंतोनियो Antonio) — the long vowels and a first vowel still as
 * written; the reading then has the inherent vowels Hindi leaves silent (`devanagariReading(word, true)`).
 * @example readingPattern('dIpak').test('deepak') // true
 * @example readingPattern('modI').test('moody') // false
 * @example readingPattern('kamalA', false, true).test('kamala') // true
 */
export function readingPattern(reading: string, english = false, loose = false): RegExp {
  const known = cache.get(`${english}${loose}${reading}`);
  if (known) return known;
  let source = '';
  for (let i = 0; i < reading.length; ) {
    const vowel = VOWELS.find(([letters]) => reading.startsWith(letters, i));
    if (vowel && loose) {
      const alternatives = (i > 0 ? LOOSE_VOWELS : LOOSE_FIRST)[vowel[0]] ?? vowel[1];
      // The glide Hindi writes after i before a vowel (नियो) is not in the Latin spelling (nio).
      const glide = vowel[0] === 'i' && reading[i + 1] === 'y' && VOWELS.some(([v]) => reading.startsWith(v, i + 2));
      source += `(?:${alternatives})${vowel[0] === 'a' && i > 0 ? '?' : ''}${glide ? 'y?' : ''}`;
      i += vowel[0].length + (glide ? 1 : 0);
      continue;
    }
    if (vowel) {
      // The glide after i before a vowel may be unwritten in Latin letters (मारिया Maria), as loosely.
      const glide = vowel[0] === 'i' && reading[i + 1] === 'y' && VOWELS.some(([v]) => reading.startsWith(v, i + 2));
      if (glide) {
        source += `(?:${vowel[1]})y?`;
        i += 2;
        continue;
      }
      // A short a opening the word is written a (Amrullah, not Emrullah); elsewhere it is no o
      // (रमन Raman, not Ramon) unless ॉ shows an English name, whose unstressed vowels Hindi
      // writes as a (जॉनसन Johnson).
      // In an English name a short a Hindi keeps before a final consonant may be silent (लॉयड Lloyd).
      const silent = english && i === reading.length - 2 ? '?' : '';
      source += vowel[0] !== 'a' ? `(?:${vowel[1]})` : i === 0 ? 'a' : english ? `(?:a|e|o|u)${silent}` : '(?:a|e|u)';
      i += vowel[0].length;
      continue;
    }
    const consonant = CONSONANTS.find(([letters]) => reading.startsWith(letters, i));
    const letters = consonant?.[0] ?? reading[i]!;
    // Hindi writes a foreign t as ट or त, and थ only for the th of its spelling (थॉमस Thomas).
    const alternatives = loose && letters === 'th' ? 'th' : loose && letters === 'j' ? LOOSE_J : consonant?.[1] ?? letters.replace(/[^a-z0-9]/g, '\\$&');
    // A consonant may be written double (Mittal) and be followed by a silent h (Johnson).
    source += `(?:${alternatives})${letters.charAt(0)}?h?`;
    i += letters.length;
  }
  const pattern = new RegExp(`^${source}e?$`);
  if (cache.size > 10_000) cache.clear();
  cache.set(`${english}${loose}${reading}`, pattern);
  return pattern;
}
