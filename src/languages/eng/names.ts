/**
 * English names are capitalised; lowercase particles ("bin", "al", "de") sit inside them.
 */
import type { Word } from '../types.ts';

const PARTICLES = new Set('bin ibn al el de da van von la le'.split(' '));

/* An acronym (CIA, UN, NATO): an institution, never a person's name word. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** @example englishNameWord({ text: 'Lavrov', fold: 'lavrov', forms: ['lavrov'] }) // true */
export function englishNameWord(word: Word): boolean {
  if (ACRONYM.test(word.text)) return false;
  return /^\p{Lu}/u.test(word.text) || PARTICLES.has(word.fold);
}

/** A lowercase particle ("bin", "al"): it must be followed by a name word. */
export function englishParticle(word: Word): boolean {
  return PARTICLES.has(word.fold) && !/^\p{Lu}/u.test(word.text);
}

/** A one-letter initial ("S."). */
export function englishInitial(word: Word): string | undefined {
  return word.text.length === 1 ? word.text.toUpperCase() : undefined;
}
