/**
 * Invented person names, written consistently in Devanagari, Arabic and Latin script, so that a
 * synthetic person can be mentioned by Hindi, Arabic and English lines alike (as real people are).
 *
 * A name is built from abstract syllables (consonant + vowel, with an optional closing consonant)
 * and each syllable is then spelled by script: Devanagari writes every vowel (a matra, or nothing
 * for the inherent "a"), Arabic writes only the long vowels, as print does. The tables keep to
 * sounds both scripts spell without ambiguity, so the names are pronounceable and transliterate
 * back to roughly the Latin form.
 */
import { intBetween, mixSeed, mulberry32, pick, type Rng } from './prng.ts';

export type NameScript = 'devanagari' | 'arabic' | 'latin';

interface Sound {
  latin: string;
  devanagari: string;
  arabic: string;
}

const CONSONANTS: readonly Sound[] = [
  { latin: 'b', devanagari: 'ब', arabic: 'ب' }, { latin: 'd', devanagari: 'द', arabic: 'د' },
  { latin: 'f', devanagari: 'फ़', arabic: 'ف' }, { latin: 'h', devanagari: 'ह', arabic: 'ه' },
  { latin: 'j', devanagari: 'ज', arabic: 'ج' }, { latin: 'k', devanagari: 'क', arabic: 'ك' },
  { latin: 'kh', devanagari: 'ख़', arabic: 'خ' }, { latin: 'l', devanagari: 'ल', arabic: 'ل' },
  { latin: 'm', devanagari: 'म', arabic: 'م' }, { latin: 'n', devanagari: 'न', arabic: 'ن' },
  { latin: 'r', devanagari: 'र', arabic: 'ر' }, { latin: 's', devanagari: 'स', arabic: 'س' },
  { latin: 'sh', devanagari: 'श', arabic: 'ش' }, { latin: 't', devanagari: 'त', arabic: 'ت' },
  { latin: 'z', devanagari: 'ज़', arabic: 'ز' },
];

/** Vowel signs after a consonant; Arabic leaves short vowels unwritten. */
const VOWELS: readonly Sound[] = [
  { latin: 'a', devanagari: '', arabic: '' }, { latin: 'aa', devanagari: 'ा', arabic: 'ا' },
  { latin: 'i', devanagari: 'ि', arabic: '' }, { latin: 'ee', devanagari: 'ी', arabic: 'ي' },
  { latin: 'u', devanagari: 'ु', arabic: '' }, { latin: 'oo', devanagari: 'ू', arabic: 'و' },
  { latin: 'e', devanagari: 'े', arabic: 'ي' }, { latin: 'o', devanagari: 'ो', arabic: 'و' },
];

/** Consonants that may close a word (Hindi drops the inherent vowel there). */
const CODAS: readonly Sound[] = CONSONANTS.filter((c) => ['n', 'r', 'l', 'm', 's', 'd'].includes(c.latin));

export interface PersonName {
  given: Record<NameScript, string>;
  surname: Record<NameScript, string>;
}

/** Arabic prints no short vowels, so a word shorter than this could read as a particle (من، عن). */
const MIN_ARABIC_LETTERS = 3;

function word(rng: Rng, codaChance: number): Record<NameScript, string> {
  for (;;) {
    const w = spellWord(rng, codaChance);
    if ([...w.arabic].length >= MIN_ARABIC_LETTERS) return w;
  }
}

function spellWord(rng: Rng, codaChance: number): Record<NameScript, string> {
  const out: Record<NameScript, string> = { devanagari: '', arabic: '', latin: '' };
  const add = (s: Sound) => {
    out.devanagari += s.devanagari;
    out.arabic += s.arabic;
    out.latin += s.latin;
  };
  const syllables = intBetween(rng, 2, 3);
  for (let i = 0; i < syllables; i++) {
    add(pick(rng, CONSONANTS));
    add(pick(rng, VOWELS));
  }
  if (rng() < codaChance) add(pick(rng, CODAS));
  out.latin = out.latin[0]!.toUpperCase() + out.latin.slice(1);
  return out;
}

/**
 * The k-th invented person of a corpus seeded with `seed`: the same name for the same (seed, k).
 * @example inventedName(42, 0).surname.latin // e.g. 'Dolaman'
 */
export function inventedName(seed: number, k: number): PersonName {
  const rng = mulberry32(mixSeed(seed, 0x9e3779b9, k));
  return { given: word(rng, 0.4), surname: word(rng, 0.7) };
}

/** @example fullName(inventedName(42, 0), 'arabic') // 'دولامان …' */
export function fullName(name: PersonName, script: NameScript): string {
  return `${name.given[script]} ${name.surname[script]}`;
}
