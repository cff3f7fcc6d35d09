/**
 * One name word written in Devanagari or Arabic script, in Latin letters: the corpus's or the
 * name lists' word of the same consonant skeleton whose sounds are closest, if any is close
 * enough (the candidates are in spelling-indexes.ts; a Devanagari word's spellings its reading
 * allows in devanagari-spelling.ts). display.ts puts a whole name together from such words.
 */
import { soundDistance, soundDistanceUnder, type SoundProfile } from '../text/phonetic.ts';
import { devanagariReading } from '../text/devanagariLatin.ts';
import { displayLatin } from '../text/translit.ts';
import { readingPattern } from '../text/translitReadings.ts';
import { latinGivenNames, latinSurnames } from './latin-names.ts';
import { wordKey } from './names.ts';
import { profileOf, type LatinVocabulary } from './corpus-spellings.ts';
import { dictionaryNamesByKey, namesByEar, namesByKey, nationalNames, nationalReads, packWords, type Candidate } from './spelling-indexes.ts';
import { allowedSpelling } from './devanagari-spelling.ts';

/* The patronymic particles, written in lower case inside a name (onePatronymic in display.ts). */
export const PATRONYMIC: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

/* How far a spelling's sounds may be from the written word's: looser than for telling two
 * people's names apart (names.ts), since the candidates already share the consonant skeleton and
 * are known name words. A spelling the corpus uses is preferred by CORPUS_BONUS, one listed by
 * many countries by up to LISTS_BONUS. */
const allowance = (own: SoundProfile, theirs: SoundProfile): number => {
  const shorter = Math.min(own.sounds.length, theirs.sounds.length);
  // Arabic print leaves out short vowels; Devanagari writes them, so its own reading is near already.
  return own.arabic ? 0.3 + 0.12 * shorter : 0.25 + 0.1 * shorter;
};
const VOWEL = /^[aeiouA]/;
/* Arabic writes a name's first vowel (with alif), and Devanagari with its vowel letter, so a
 * spelling that adds one is another name (رمد is not Armida, राब is not Arab). */
const addsInitialVowel = (own: SoundProfile, theirs: SoundProfile): boolean => !VOWEL.test(own.sounds) && VOWEL.test(theirs.sounds);
const FINAL_VOWEL = /[aeiou]$/;
/* ...and its last one (ا ي و ة): a spelling that ends in a vowel where Arabic ends in a consonant is another name (ماكرون is not Mokryna). */
const addsFinalVowel = (own: SoundProfile, theirs: SoundProfile): boolean => own.arabic && !FINAL_VOWEL.test(own.sounds) && FINAL_VOWEL.test(theirs.sounds);
/* ...and a final ي after a consonant letter is a long i (كاظمي Kazemi), after و too (the nisba
 * -awi): a spelling whose last sound is a consonant drops it (is Kazem, another name), a silent
 * final e included (رئيسي is not Rice); after و, one that writes no w or v before the i (موسوي is not Musso). */
const FINAL_I = /[بتثجحخدذرزسشصضطظعغفقكلمنهپچژگک]و?[يی]$/u;
const dropsFinalI = (word: string, spelling: string): boolean =>
  FINAL_I.test(word) && (/و[يی]$/u.test(word) ? !/[wv](?:i|y|ie)$/iu.test(spelling) : !/[aeiouy]$/iu.test(profileOf(spelling).sounds));
/* ...and some Arabic letters write one sound only, which a spelling of the name must write too:
 * ز a z (or the s a European name voices: Rose), ك a k (c, q, the k of an x), ش an sh (ch, sch,
 * sz, cz, x, the s of a German st or sp). A spelling without as many such letters is another
 * name, however close the sound key that found it puts it (زيباري is not Jabari, كني not Ghani,
 * ريشي not Raisi). A spelling read by its country's sounds (Turkish Çavuş, German Steffen) counts
 * by that reading too. */
const ONE_SOUND: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/ز/gu, /z|s|x/g],
  [/[كک]/gu, /k|c|q|x/g],
  [/ش/gu, /sh|ch|sz|cz|x|s(?=[tp])/g],
];
const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
const dropsArabicConsonant = (word: string, c: Candidate): boolean =>
  [c.word, ...(c.read ? [c.read] : [])].every((spelling) => {
    const latin = spelling.toLowerCase();
    return ONE_SOUND.some(([arabic, written]) => count(latin, written) < count(word, arabic));
  });
const CORPUS_BONUS = 0.35;
/* A name word of the lists of the country the text gives the person (Dominic, not Dominik, for a British minister). */
const NATION_BONUS = 0.3;
const READING_BONUS = 0.35;
const LISTS_BONUS = 0.05;
/* A given name first, a surname after it (ميركل is Merkel in "أنجيلا ميركل", not Miracle). */
const PLACE_BONUS = 0.15;

/* Of two spellings that score alike, the shorter: the longer adds letters nobody hears, which the
 * script could not show either (Emmanuel, not Emmanuelle; Michel, not Michelle), and so names
 * another person as often as the same one. */
const better = (score: number, word: string, than: { word: string; score: number }): boolean =>
  score < than.score - 1e-9 || (Math.abs(score - than.score) <= 1e-9 && word.length < than.word.length);

/**
 * The Latin spelling of a name word: the corpus's or the name lists' word of the same skeleton
 * whose sounds are closest, if any is close enough; `first`: the name's first word, better a given
 * name than a surname; `nationality`: the one the text gives the person, whose country's lists are preferred.
 * @example latinSpelling('ميركل', new Map()) // 'Merkel'
 * @example latinSpelling('सर्गेई', new Map(), true) // 'Sergey'
 */
export function latinSpelling(word: string, vocabulary: LatinVocabulary, foreign = false, first = true, nationality?: string, lists = true): string | undefined {
  const key = wordKey(word);
  if (!key) return undefined;
  const own = profileOf(word);
  // Devanagari writes vowels and doubled consonants: a listed spelling letter for letter as it
  // reads is the name's (हसन Hasan, not Hassan).
  const reading = own.arabic ? undefined : displayLatin(word).toLowerCase();
  // ...and a spelling its reading does not allow, even loosely, is another name's (रहमान is not Rahmon).
  const allowed = own.arabic ? undefined : readingPattern(devanagariReading(word, true), /[ॉऑ]/u.test(word), true);
  // A patronymic particle read as written is the particle, never a listed name (बिन bin, not Ben).
  if (!first && reading !== undefined && PATRONYMIC.has(reading)) return reading;
  let best: { word: string; score: number; d: number } | undefined;
  // The corpus's closest spelling, which wins when no listed one is closer in sound (أنتوني Antony
  // where the articles write it so, though the US lists have Anthony).
  let corpusBest: { word: string; score: number; d: number } | undefined;
  const national = nationalNames(nationality);
  const consider = (candidates: readonly Candidate[] | undefined, corpus: boolean, bonus = 0, read: SoundProfile = own): void => {
    // `read`: the word's sounds as weighed here (another reading of it, see diphthongReading).
    for (const c of candidates ?? []) {
      // Only Arabic writes the y that a j is read as (ينس Jens); Devanagari writes जेन्स as English does.
      if (c.read && !read.arabic) continue;
      // A word of the person's country's lists is read as that country reads it (Turkish Acar is ajar, not akar).
      if (!c.read && nationalReads(nationality, c.word)) continue;
      if (allowed && !allowed.test(c.word.toLowerCase())) continue;
      const theirs = profileOf(c.read ?? c.word);
      const limit = allowance(read, theirs);
      // Most candidates of a large corpus's key bucket are far: their distance stops being worked out once it cannot end below the allowance.
      const d = soundDistanceUnder(read.sounds, theirs.sounds, read.arabic, theirs.arabic, limit);
      if (d >= limit || addsInitialVowel(read, theirs) || addsFinalVowel(read, theirs) || dropsFinalI(word, c.word) || dropsArabicConsonant(word, c)) continue;
      const placed = (first ? latinGivenNames() : latinSurnames()).has(c.word) ? PLACE_BONUS : 0;
      const spelledAsRead = reading !== undefined && c.word.toLowerCase() === reading ? READING_BONUS : 0;
      const score = d - placed - spelledAsRead - bonus - (corpus ? CORPUS_BONUS : LISTS_BONUS * Math.min(c.count, 4));
      if (!best || better(score, c.word, best)) best = { word: c.word, score, d };
      if (corpus && (!corpusBest || better(score, c.word, corpusBest))) corpusBest = { word: c.word, score, d };
    }
  };
  const chosen = (): string | undefined => (corpusBest && best && corpusBest.d <= best.d ? corpusBest : best)?.word;
  consider(vocabulary.get(key), true);
  if (own.arabic) {
    // A word with a letter only Arabic sounds need (ع ح ض ظ) is an Arabic name word, which the
    // lists of European spellings only hold as false friends (فلاح is not Vlah): the person's country's lists still count.
    if (lists && !ARABIC_ONLY.test(word)) consider(namesByKey().get(key), false);
    if (lists && !ARABIC_ONLY.test(word)) consider(namesByEar().get(key), false);
    if (lists) consider(national?.get(key), false, NATION_BONUS);
    // A و between consonants may be the w of an unwritten a (مولود Mevlut, mawlud): by that reading
    // only the corpus's spellings and the person's country's names, a little behind the first reading.
    const aw = diphthongReading(word);
    const awKey = aw && wordKey(aw);
    if (awKey && awKey !== key) {
      consider(vocabulary.get(awKey), true, -DIPHTHONG_COST, profileOf(aw));
      if (lists) consider(national?.get(awKey), false, NATION_BONUS - DIPHTHONG_COST, profileOf(aw));
    }
    return chosen();
  }
  // Devanagari writes vowels, and its inherent a is any short vowel (रमन Raman, not Ramon): after
  // the corpus's spellings, a common name word of a pack that the reading allows (गनी Ghani); the
  // lists by sound only for a name also written in Arabic (`foreign`); else a listed spelling
  // the reading allows.
  const common = best ? undefined : allowedSpelling(word, key, packWords(), true) ?? (national && allowedSpelling(word, key, national));
  if (common) return common;
  // A person of a country with name lists other than India's has a foreign name too, which Hindi
  // writes by ear (कमला हैरिस Kamala Harris, an English short a as ऐ).
  if (foreign || (national && nationality !== 'Indian')) {
    consider(namesByKey().get(key), false);
    consider(national?.get(key), false, NATION_BONUS);
  }
  return chosen() ?? allowedSpelling(word, key, namesByKey()) ?? closeSpelling(word, allowedSpelling(word, key, dictionaryNamesByKey()));
}

/* A spelling from the spell-check dictionary of people's names is taken only when it sounds all
 * but as the word reads: it has no country to tell its reading by (गर्गश is Gargash, not Gargus). */
const DICTIONARY_DISTANCE = 0.9;
/* One spelled as the reading is no news: the reading stands (रमन Raman, मोदी Modi). */
const closeSpelling = (word: string, spelling: string | undefined): string | undefined =>
  spelling && spelling.toLowerCase() !== displayLatin(word).toLowerCase() && soundDistance(profileOf(word).sounds, profileOf(spelling).sounds, false, false) < DICTIONARY_DISTANCE ? spelling : undefined;

/* Letters Arabic writes for its own sounds and never for a European name's. */
const ARABIC_ONLY = /[عحضظ]/u;
const DIPHTHONG_COST = 0.15;
/* A و after a consonant letter and before one, which arabicToLatin reads as the long u. */
const MEDIAL_WAW = /(?<=[بتثجحخدذرزسشصضطظعغفقكلمنهپچژگک])و(?=[بتثجحخدذرزسشصضطظعغفقكلمنهپچژگک])/u;

/**
 * The word with its first و between consonants read as the consonant w after a short a, written
 * out with an alif and ۋ (مولود as ماۋلود); none when it has no such و.
 * @example diphthongReading('مولود') // 'ماۋلود'
 */
function diphthongReading(word: string): string | undefined {
  // ۋ: the consonant w, which a و after an alif would not be (arabicLatin.ts reads ماو before a consonant as the au of Maurer).
  return MEDIAL_WAW.test(word) ? word.replace(MEDIAL_WAW, 'اۋ') : undefined;
}
