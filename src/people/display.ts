/**
 * Display names in Latin letters for people the articles name only in Devanagari or Arabic
 * script. Each name word is written, in this order of preference:
 * 1. as the word's language spells that common name word in English news (the pack's
 *    `nameWordsLatin`: محمد → Mohammed, بن → bin, عبد الرحمن → Abdulrahman);
 * 2. as a Latin name word of the same consonant skeleton and the closest sounds, from the corpus
 *    itself (an English article's "Blinken" for بلينكن: capitalised Latin words counted over the
 *    whole corpus) or from the given-name and surname lists of many countries (latin-names.ts:
 *    "Merkel" for ميركل, "Sergey" for سيرغي); a spelling the corpus uses wins a near tie; for a
 *    Devanagari word no list fits, a spell-check dictionary's name word its reading allows (Kirby);
 * 3. letter by letter (translit.ts), which cannot restore the short vowels Arabic leaves out.
 * The spellings the articles give themselves (the corpus's and the person's own) are in corpus-spellings.ts.
 */
import { initialLetter, sentenceTokens, type Tok } from '../grammar/tokens.ts';
import { allPacks, packFor } from '../languages/index.ts';
import { soundDistance, soundDistanceUnder, type SoundProfile } from '../text/phonetic.ts';
import { devanagariReading } from '../text/devanagariLatin.ts';
import { displayLatin } from '../text/translit.ts';
import { chineseName } from '../text/chineseLatin.ts';
import { readingPattern } from '../text/translitReadings.ts';
import { dictionaryNames, latinGivenNames, latinNames, latinNamesOf, latinNamesReadByEar, latinNamesReadingJ, latinSurnames } from './latin-names.ts';
import { wordKey } from './names.ts';
import { corpusJoinedSpelling, corpusSpelling, ownJoinedSpelling, ownSpelling, pairSpelling, profileOf, type LatinVocabulary } from './corpus-spellings.ts';
import { cyrillicNationality, familyNationality, nationalSpelling, pashtunNationality } from './national-spellings.ts';
import { hasOglu, oneWordOglu, turkishOglu } from './turkish-surnames.ts';
import { arabicCompound, type SpellWord } from './arabic-compounds.ts';
import { lettered, nisba } from './lettered.ts';
import { joinedInitials } from './joined-initials.ts';
import { TAJIK, tajikWords } from './tajik-names.ts';

/** A candidate spelling with how many sources write it; `read`: the spelling its sounds are those of, when not its own (Jens read Yens). */
interface Candidate {
  word: string;
  count: number;
  read?: string;
}

let listsByKey: Map<string, Candidate[]> | undefined;

/** The name lists' words by sound key, built once; a word of a country reading j as y also by that reading. */
function namesByKey(): ReadonlyMap<string, readonly Candidate[]> {
  if (listsByKey) return listsByKey;
  listsByKey = new Map();
  const put = (key: string, c: Candidate): void => {
    if (!key) return;
    const list = listsByKey!.get(key) ?? [];
    list.push(c);
    listsByKey!.set(key, list);
  };
  const readingJ = latinNamesReadingJ();
  for (const [word, count] of latinNames()) {
    put(wordKey(word), { word, count });
    const read = readingJ.get(word);
    if (read) put(wordKey(read), { word, count, read });
  }
  return listsByKey;
}

let earByKey: Map<string, Candidate[]> | undefined;

/** The French and German lists' words by the sound key of their reading by ear (شارل Charles), built once: for Arabic words only. */
function namesByEar(): ReadonlyMap<string, readonly Candidate[]> {
  if (earByKey) return earByKey;
  earByKey = new Map();
  for (const [word, read] of latinNamesReadByEar()) {
    const key = wordKey(read);
    if (key) earByKey.set(key, [...(earByKey.get(key) ?? []), { word, count: latinNames().get(word) ?? 1, read }]);
  }
  return earByKey;
}

const nationalByKey = new Map<string, Map<string, Candidate[]> | undefined>();

/** The words of a nationality's name lists by sound key (a Turkish one by its Turkish reading too), built once per nationality. */
function nationalNames(nationality: string | undefined): ReadonlyMap<string, readonly Candidate[]> | undefined {
  if (!nationality) return undefined;
  if (nationalByKey.has(nationality)) return nationalByKey.get(nationality);
  const listed = latinNamesOf(nationality);
  const index = listed && new Map<string, Candidate[]>();
  for (const [word, read] of listed ?? []) {
    const count = latinNames().get(word) ?? 1;
    // A Turkish h may be the خ of the Arabic name it comes from (خلوصي Hulusi, خليل Halil).
    const kh: Candidate[] = read?.startsWith('h') ? [{ word, count, read: `kh${read.slice(1)}` }] : [];
    // A French or German word is weighed by its reading by ear too (شارل Charles), for Arabic words only (the read candidates are).
    const ear = latinNamesReadByEar().get(word);
    const candidates: Candidate[] = read ? [{ word, count }, { word, count, read }, ...kh] : [{ word, count }, ...(ear ? [{ word, count, read: ear }] : [])];
    for (const c of candidates) {
      const key = wordKey(c.read ?? word);
      if (key) index!.set(key, [...(index!.get(key) ?? []), c]);
    }
  }
  nationalByKey.set(nationality, index);
  return index;
}

/** Whether the lists of this nationality's country read the word otherwise than it is written (Turkish Recep, rejeb). */
const nationalReads = (nationality: string | undefined, word: string): boolean => !!nationality && latinNamesOf(nationality)?.get(word) !== undefined;

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
/* ...and a final ي after a consonant letter is a long i (كاظمي Kazemi): a spelling whose last
 * sound is a consonant drops it (is Kazem, another name), a silent final e included (رئيسي is not Rice). */
const FINAL_I = /[بتثجحخدذرزسشصضطظعغفقكلمنهپچژگک][يی]$/u;
const dropsFinalI = (word: string, spelling: string): boolean => FINAL_I.test(word) && !/[aeiouy]$/iu.test(profileOf(spelling).sounds);
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
      if (d >= limit || addsInitialVowel(read, theirs) || addsFinalVowel(read, theirs) || dropsFinalI(word, c.word)) continue;
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

let dictionaryByKey: Map<string, Array<{ word: string; count: number }>> | undefined;

/** The dictionary's name words the country lists lack, by sound key, built once. */
function dictionaryNamesByKey(): ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>> {
  if (dictionaryByKey) return dictionaryByKey;
  dictionaryByKey = new Map();
  for (const word of dictionaryNames()) {
    const key = latinNames().has(word) ? '' : wordKey(word);
    if (key) dictionaryByKey.set(key, [...(dictionaryByKey.get(key) ?? []), { word, count: 1 }]);
  }
  return dictionaryByKey;
}

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

let packWordsByKey: Map<string, Array<{ word: string; count: number }>> | undefined;

/** The Latin spellings of the packs' common name words (Zayed, Zahir, Hamid, Deepak), by sound key. */
function packWords(): ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>> {
  if (packWordsByKey) return packWordsByKey;
  packWordsByKey = new Map();
  const words = new Set(allPacks().flatMap((p) => [...(p.nameWordsLatin?.values() ?? []), ...(p.pressNameWords ?? [])]).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)));
  for (const word of words) {
    const list = packWordsByKey.get(wordKey(word)) ?? [];
    list.push({ word, count: 1 });
    packWordsByKey.set(wordKey(word), list);
  }
  return packWordsByKey;
}

/**
 * The spelling of a Devanagari name word in `listed` that its reading allows (translitReadings.ts):
 * the reading itself when it is a listed name, else the one listed by the most countries (दीपक Deepak, जॉनसन
 * Johnson, गनी Ghani among the packs' name words); none when no listed spelling fits.
 */
function allowedSpelling(word: string, key: string, listed: ReadonlyMap<string, ReadonlyArray<{ word: string; count: number }>>, press = false): string | undefined {
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

/** The pack's English-press spelling of the name unit at `i` (two words or one), with its length. */
function conventional(toks: readonly Tok[], i: number): [string, number] | undefined {
  const table = packFor(toks[i]!.lang)?.nameWordsLatin;
  if (!table) return undefined;
  const next = toks[i + 1];
  const pair = next && next.lang === toks[i]!.lang ? table.get(`${toks[i]!.fold} ${next.fold}`) : undefined;
  if (pair) return [pair, 2];
  const one = table.get(toks[i]!.fold);
  return one ? [one, 1] : undefined;
}

const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);
/* Nationalities whose names may be Pashtun tribal names in -zai (arabic-compounds.ts). */
const PASHTUN_NATIONS = new Set(['Afghan', 'Pakistani']);

/**
 * The name with its first "bin X" only: English news gives one father's name, not the chain
 * ("Mohammed bin Salman", not "Mohammed bin Salman bin Abdulaziz"); a family name stays. The
 * particle is written in lower case whatever the script gave (Hindi बिन reads "Bin").
 * @example onePatronymic(['Mohammed', 'bin', 'Salman', 'bin', 'Abdulaziz']) // ['Mohammed', 'bin', 'Salman']
 */
export function onePatronymic(words: readonly string[]): string[] {
  const particle = (w: string, i: number): boolean => i > 0 && PATRONYMIC.has(w.toLowerCase());
  const first = words.findIndex(particle);
  if (first < 0) return [...words];
  return words
    .filter((w, i) => i <= first + 1 || !(particle(w, i) || particle(words[i - 1]!, i - 1)))
    .map((w, i) => (particle(w, i) ? w.toLowerCase() : w));
}

/**
 * A name written in Devanagari or Arabic script, in Latin letters as English news would write it;
 * `foreign`: the person's name is written in both scripts, so not a Hindi name (latinSpelling);
 * `own`: the words of the person's spellings in Latin letters, shorter than this one, which
 * write their words as the articles do; `nationality`: the one the text gives the person ("Chinese").
 * @example nativeDisplayName('تميم بن حمد', new Map()) // 'Tamim bin Hamad'
 * @example nativeDisplayName('एस जयशंकर', new Map()) // 'S. Jaishankar'
 */
export function nativeDisplayName(native: string, vocabulary: LatinVocabulary, foreign = false, own: readonly string[] = [], nationality?: string): string {
  const toks = sentenceTokens(native, 0);
  // A name's own shape may say how the press romanises it: -oğlu from Turkish, -ov from Cyrillic.
  nationality ??= hasOglu(toks) ? 'Turkish' : cyrillicNationality(toks.map((t) => t.text)) ?? familyNationality(toks.map((t) => t.text)) ?? pashtunNationality(toks.map((t) => t.text));
  // A Chinese name is read by its syllables (شي جين بينغ Xi Jinping), which no name list holds.
  const chinese = own.length === 0 && toks.every((t) => !initialLetter(t)) ? chineseName(toks.map((t) => t.text), nationality === 'Chinese') : undefined;
  if (chinese) return chinese;
  const words: string[] = [];
  /* One Arabic name word inside a pattern (arabic-compounds.ts): the pack's spelling, else the lists', else its letters. */
  const spell: SpellWord = (word, first, arabicOnly = false, country = nationality) => {
    const tok = sentenceTokens(word, 0)[0];
    if (!tok) return word;
    const listed = packFor(tok.lang)?.nameWordsLatin?.get(tok.fold);
    return nationalSpelling(listed ?? nisba(tok, country) ?? latinSpelling(tok.text, vocabulary, foreign, first, country, !arabicOnly) ?? lettered(tok, country, arabicOnly), country);
  };
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // Initials run together before a surname (जेपी सिंह) are written apart (J. P. Singh).
    const letter = initialLetter(tok) ?? (i < toks.length - 1 ? joinedInitials(tok) : undefined);
    const mine = letter ? undefined : ownSpelling(tok.text, own);
    const joined = letter || mine ? undefined : ownJoinedSpelling(toks, i, own) ?? corpusJoinedSpelling(toks, i, vocabulary);
    // A Devanagari compound given name the corpus writes as two words (हर्षवर्धन Harsh Vardhan).
    const pair = letter || mine || joined || tok.script !== 'devanagari' ? undefined : pairSpelling(tok.text, vocabulary);
    const oglu = letter || mine || joined || pair ? undefined : oneWordOglu(toks, i);
    const table = letter || mine || joined || pair || oglu ? undefined : conventional(toks, i);
    // A pair the pack lists wins over a pattern (عبد الرحمن Abdulrahman), a pattern of two words
    // over one word's entry (عبد of عبد الحق), and a listed word over a pattern of one (عبدالله).
    const pattern = letter || mine || joined || pair || oglu || table?.[1] === 2 ? undefined : arabicCompound(toks, i, spell, words.length === 0, nationalSpelling('Abdullah', nationality), PASHTUN_NATIONS.has(nationality ?? ''));
    const compound = pattern && (!table || pattern[1] === 2) ? pattern : undefined;
    const known = compound ? undefined : table;
    if (letter) words.push(`${letter}.`);
    else if (mine) words.push(mine);
    else if (pair) words.push(...pair.split(' '));
    else if (joined) {
      words.push(joined);
      i += 1;
    } else if (compound) {
      words.push(compound[0]);
      i += compound[1] - 1;
    } else if (oglu) {
      words.push(corpusSpelling(oglu, vocabulary));
      i += 1;
    }
    // The press spells some name words by the person's country (an Iranian's Ebrahim), unless
    // the articles write this person's own word in Latin letters.
    else if (known) {
      words.push(nationalSpelling(known[0], nationality));
      i += known[1] - 1;
    } else words.push(nationalSpelling(nisba(tok, nationality) ?? latinSpelling(tok.text, vocabulary, foreign, words.length === 0, nationality, nationality !== TAJIK) ?? turkishOglu(lettered(tok, nationality)), nationality));
  }
  const shown = onePatronymic(nationality === TAJIK ? tajikWords(words) : words);
  // A particle never starts the name ("Al Thani" keeps its capital, "bin" is never first).
  if (shown[0]) shown[0] = shown[0].charAt(0).toUpperCase() + shown[0].slice(1);
  return shown.join(' ');
}
