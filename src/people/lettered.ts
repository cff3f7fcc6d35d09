/**
 * Name words no listed spelling fits, written from their letters (display.ts): letter by letter
 * with the short vowel Arabic leaves out where a syllable needs one, or, for a nisba of a name word
 * the pack lists, that word's spelling and i.
 */
import type { Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';
import { displayLatin } from '../text/translit.ts';
import { nationalLetters, nationalSpelling } from './national-spellings.ts';
import { TAJIK } from './tajik-names.ts';

/* Two consonants opening a word, the first one letter or a digraph Arabic letters are written as
 * (تش is ch), or h (an opening ح: حجرف Hajraf); a y after a consonant is the glide of a foreign name (جيانغ Jiang), no consonant. */
const OPENING_CLUSTER = /^(?!tsh)(sh|kh|gh|th|dh|[bcdfghjklmnpqrstvwxz])(?=[bcdfgjklmnpqrstvwxz])/iu;

const ARABIC_OPENING_CLUSTER = /^(?!tsh)(sh|kh|gh|th|dh|[bcdfghjklmnpqrstvwxz])(?=[bcdfgjklmnpqrstvwxyz])/iu;
/* For a name the press reads from Tajik Cyrillic (nationalLetters), ح and ه after the first
 * consonant are the consonant h (رحمون Rahmon, not Rhmon). */
const TAJIK_OPENING_CLUSTER = /^(?!tsh)(sh|kh|gh|th|dh|[bcdfghjklmnpqrstvwxz])(?=[bcdfghjklmnpqrstvwxz])/iu;

/* A long vowel letter inside a stem: its vowels stay when the nisba's i is added (كاظم Kazem, كاظمي
 * Kazemi), where a stem of short vowels loses one (حمد Hamad, حمدي Hamdi). */
const LONG_VOWEL_INSIDE = /^.+[اويی].+$/u;

/**
 * A nisba or Persian family name of a name word the pack lists and a final ي (كاظمي Kazemi from
 * كاظم, كريمي Karimi): the listed word as the person's country spells it, then i; only for a stem
 * with a long vowel written inside it. None otherwise.
 */
export function nisba(tok: Tok, nationality?: string): string | undefined {
  if (tok.script !== 'arabic' || !/[يی]$/u.test(tok.fold)) return undefined;
  const stem = tok.fold.slice(0, -1);
  if (!LONG_VOWEL_INSIDE.test(stem)) return undefined;
  const base = packFor(tok.lang)?.nameWordsLatin?.get(stem);
  return base && /^\p{Lu}\p{Ll}+[^aeiouy]$/u.test(base) ? `${nationalSpelling(base, nationality)}i` : undefined;
}

/**
 * A word letter by letter; an Arabic one never opens with two consonants (an Arabic syllable
 * starts with one, its short vowel unprinted), so the commonest short vowel goes between them
 * (بلخي Balkhi, نواف Nawaf); `nationality` may say how the press reads its letters (nationalLetters).
 * @example lettered(sentenceTokens('بلخي', 0)[0]!) // 'Balkhi'
 */
export function lettered(tok: Tok, nationality?: string, arabicWord = false): string {
  if (tok.script !== 'arabic') return displayLatin(tok.text);
  // Arabic shapes; a Tajik name is read from Tajik Cyrillic instead (رحمن Rahmon, tajik-names.ts).
  const arabicShapes = nationality !== TAJIK;
  const shaped = arabicShapes ? eighthFormParticiple(tok.text) ?? fourRadicals(tok.text) : undefined;
  if (shaped) return shaped;
  // An opening vowel the word's shape gives (مختار Mukhtar, محبوب Mahbub) goes after its first letter.
  const vowel = arabicShapes ? openingVowel(tok.text) : undefined;
  const [first, ...rest] = [...tok.text];
  const latin = vowel ? `${displayLatin(first!)}${vowel}${displayLatin(rest.join('')).toLowerCase()}` : displayLatin(tok.text);
  // A vowel letter after ع reads as one vowel (إنعام Inam, not Inaam): ع is written as a vowel too.
  // In an Arabic word (`arabicWord`) a y after the first consonant is one too (النيادي Al-Nayadi).
  const cluster = nationality === TAJIK ? TAJIK_OPENING_CLUSTER : arabicWord ? ARABIC_OPENING_CLUSTER : OPENING_CLUSTER;
  const read = nationalLetters(latin.toLowerCase(), nationality).replace(cluster, '$1a').replace(/([aiu])\1/gu, '$1');
  // A final اي is the diphthong ai (كرزاي Karzai), not a and the consonant y. A long a written
  // before a final consonant and r, l, n or m leaves a syllable no Arabic or Persian word ends on:
  // its short vowel is unprinted (برادر Baradar; بدر, with no long vowel, stays Badr).
  const ending = read.replace(/(?<=[^aeiou])ay$/u, 'ai').replace(/(?<=a(?:sh|kh|gh|th|dh|[bdfgjkpqstvz]))(?=[rlnm]$)/u, 'a');
  // A final وي after a consonant letter is the nisba ending -awi (علوي Alawi, بدوي Badawi): its و
  // is the consonant w after an unprinted a, not the vowel u; Persian writes it -avi (موسوي Mousavi).
  const nisbaWi = arabicShapes && WI_ENDING.test(tok.text) ? ending.replace(/u[iy]$/u, nationality === 'Iranian' ? 'avi' : 'awi') : ending;
  return nisbaWi.charAt(0).toUpperCase() + nisbaWi.slice(1);
}

/* A word ending in a consonant letter, و and ي (or ی): the nisba -awi. */
const WI_ENDING = /[بتثجحخدذرزسشصضطظعغفقكلمنهپچژگک]و[يی]$/u;

/* Consonant letters of Arabic and Persian script, none of them a vowel letter (ا و ي ى ة), ع or hamza. */
const CONSONANT_LETTER = /^[بتثجحخدذرزسشصضطظغفقكلمنهپچژگک]$/u;

/**
 * A name word of four consonant letters and no vowel letter, as Arabic vowels its four-radical
 * nouns, CaCCaC (حجرف Hajraf, سنجر Sanjar, قنبر Qanbar, جندل Jandal): print shows no long vowel,
 * and neither a word opening nor one closing on two consonants is read; none for any other word.
 * @example fourRadicals('حجرف') // 'Hajraf'
 */
export function fourRadicals(word: string): string | undefined {
  const letters = [...word];
  // A final ه is the vowel Persian writes with it (خنده khande), no radical.
  if (letters.length !== 4 || !letters.every((l) => CONSONANT_LETTER.test(l)) || letters[3] === 'ه') return undefined;
  const [a, b, c, d] = letters.map((l) => displayLatin(l).toLowerCase());
  // Opened by م it is a participle, muCCiC (مسلم Muslim, منذر Mundhir, مشرف Mushrif).
  const out = a === 'm' ? `mu${b}${c}i${d}` : `${a}a${b}${c}a${d}`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/* The letters an Arabic participle's or infinitive's prefix م is followed by. */
const THROAT = new Set(['ح', 'ه']);

/**
 * The short vowel after a word's first letter when the word opens on two consonant letters and its
 * shape says which: م before two more consonants is the u of a participle (مختار Mukhtar, مسلم Muslim,
 * منتظر Muntazir), except in the maf'ul shape م C C و C, whose a (محبوب Mahbub, مسرور Masrur) the
 * opening-cluster rule gives; any consonant before ح or ه takes the a, which that rule, reading
 * Latin letters, cannot tell from a digraph's h (فهد Fahd, نهرو). None otherwise.
 * @example openingVowel('مختار') // 'u'
 * @example openingVowel('محبوب') // 'a'
 */
export function openingVowel(word: string): string | undefined {
  const letters = [...word];
  if (letters.length < 3 || !CONSONANT_LETTER.test(letters[0]!) || !CONSONANT_LETTER.test(letters[1]!)) return undefined;
  const mafool = letters.length === 5 && letters[3] === 'و' && CONSONANT_LETTER.test(letters[4]!);
  if (letters[0] === 'م' && letters.length >= 4 && CONSONANT_LETTER.test(letters[2]!) && !mafool) return 'u';
  return THROAT.has(letters[1]!) ? 'a' : undefined;
}

/**
 * A name word of the shape مـCتـCC, the participle muCtaCiC of a verb of the eighth form (منتظر
 * Muntazir, مقتدر Muqtadir, منتصر Muntasir), whose three short vowels print leaves out, or of the
 * shape متـC(ي), the same participle of a verb whose first radical is و (متقي Muttaqi); none for any other word.
 * @example eighthFormParticiple('منتظر') // 'Muntazir'
 */
export function eighthFormParticiple(word: string): string | undefined {
  const letters = [...word];
  // Of a verb whose first radical is و, the و becomes the ت it doubles (اتقى, متقي Muttaqi; متحد
  // Muttahid, متفق Muttafiq): four letters مت C and ي or a consonant.
  if (letters.length === 4 && letters[0] === 'م' && letters[1] === 'ت' && CONSONANT_LETTER.test(letters[2]!) && (letters[3] === 'ي' || CONSONANT_LETTER.test(letters[3]!))) {
    const [, , c, d] = letters.map((l) => displayLatin(l).toLowerCase());
    return `Mutta${c}i${letters[3] === 'ي' ? '' : d}`;
  }
  if (letters.length !== 5 || letters[0] !== 'م' || letters[2] !== 'ت' || !letters.every((l) => CONSONANT_LETTER.test(l))) return undefined;
  const [, b, , d, e] = letters.map((l) => displayLatin(l).toLowerCase());
  return `Mu${b}ta${d}i${e}`;
}
