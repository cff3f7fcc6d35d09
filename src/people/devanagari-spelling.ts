/**
 * The Latin spelling of a Devanagari name word among listed spellings: Devanagari writes vowels,
 * so a listed spelling must be one the word's reading allows (translitReadings.ts), and among
 * the packs' common name words the one with the reading's vowels is the press's.
 */
import { soundDistance } from '../text/phonetic.ts';
import { devanagariReading } from '../text/devanagariLatin.ts';
import { displayLatin } from '../text/translit.ts';
import { readingPattern } from '../text/translitReadings.ts';
import { latinNames } from './latin-names.ts';
import { profileOf } from './corpus-spellings.ts';

/**
 * The spelling of a Devanagari name word in `listed` that its reading allows (translitReadings.ts):
 * the reading itself when it is a listed name, else the one listed by the most countries (दीपक Deepak, जॉनसन
 * Johnson, गनी Ghani among the packs' name words); none when no listed spelling fits.
 */
export function allowedSpelling(word: string, key: string, listed: ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>>, press = false): string | undefined {
  const pattern = readingPattern(devanagariReading(word), /[ॉऑ]/u.test(word));
  // A y the reading gives may be the second half of an English diphthong, which keys leave out (लॉयड Lloyd).
  const keys = key.includes('Y') ? [key, key.replace(/Y/g, '')] : [key];
  const fits = keys.flatMap((k) => listed.get(k) ?? []).filter((c) => pattern.test(c.word.toLowerCase()));
  // The reading, when it is a listed name itself, is that name's spelling (मोहम्मद Mohammad).
  // Not when ॉ is written: the reading gives it as a, where English writes o or au (जॉन John, not Jan).
  // The glide Hindi writes between i and a vowel is no letter of a foreign spelling (मारिया Maria):
  // of the reading with it and without, the one more countries list.
  const plain = /[ॉऑ]/u.test(word) ? undefined : plainReading(displayLatin(word));
  // Among the packs' name words (`press`), the reading when it is one (करीम Karim), else one with
  // the reading's vowels, the long i and u perhaps written ee and oo, is the press's spelling of
  // it, whatever other name lists hold (नईम Naeem, महमूद Mahmood, अनवर Anwar, अब्दुल्ला Abdullah);
  // one with other vowels is another's (मोहम्मद is Mohammad, not the Arabic pack's Mohammed).
  const sameVowels = press && plain && !fits.some((c) => c.word === plain) ? fits.find((c) => vowelsOf(c.word) === vowelsOf(plain)) : undefined;
  if (sameVowels) return sameVowels.word;
  if (plain && fits.length > 0 && (latinNames().has(plain) || fits.some((c) => c.word === plain))) return plain;
  // Among spellings listed as often, the one whose sounds are closest (ऑस्टिन Austin, not Austen).
  const own = profileOf(word);
  const most = Math.max(...fits.map((c) => c.count));
  let chosen: { word: string; d: number } | undefined;
  for (const c of fits) {
    if (c.count !== most) continue;
    const d = soundDistance(own.sounds, profileOf(c.word).sounds, false, false);
    if (!chosen || d < chosen.d || (d === chosen.d && c.word.localeCompare(chosen.word) < 0)) chosen = { word: c.word, d };
  }
  return chosen?.word;
}

/** A spelling's vowel letters, ee and oo read as the long i and u they write (Mahmood: aou → au). */
const vowelsOf = (word: string): string => word.toLowerCase().replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/[^aeiou]/g, '');

/**
 * A Devanagari word's reading, or that reading without the glide y after an i before a vowel
 * when more countries list it so (Mariya: Maria).
 * @example plainReading('Mariya') // 'Maria'
 */
function plainReading(reading: string): string {
  const unglided = reading.replace(/(?<=[^aeiou])iy(?=[aeiou])/gu, 'i');
  return unglided !== reading && (latinNames().get(unglided) ?? 0) > (latinNames().get(reading) ?? 0) ? unglided : reading;
}
