/**
 * When two written names are the same person's name. Words are compared by sound across scripts
 * (phonetic.ts): a cheap key must be equal and the full sound strings close. Initials (S., एस)
 * are ignored, so "S. Jaishankar", "एस जयशंकर" and "जयशंकर" agree. Two names agree only when
 * every significant word does — sharing a first name ("Sergey Lavrov", "Sergey Shoigu") or a
 * title is never enough; a one-word name may stand for a longer one that contains that word.
 */
import { matchKey, profileKey, similarProfiles, soundProfile, type SoundProfile } from '../text/phonetic.ts';
import { memoised, PairMemo } from '../text/memo.ts';
import { isInitial, sentenceTokens, type Tok } from '../grammar/tokens.ts';
import { handleShaped, handleWords } from './handles.ts';
import { foldTerm } from '../text/normalize.ts';
import { allPacks, packFor, packsVersion } from '../languages/index.ts';

/* Every pack's words saying "son (daughter) of" (pack field `patronymics`), folded; rebuilt when the packs change. */
let fatherWords: { version: number; words: ReadonlySet<string> } | undefined;

/** Whether a folded word says "son (daughter) of" (bin, بن, बिन) in any language: a name goes on after it. */
export function isFatherWord(fold: string): boolean {
  if (fatherWords?.version !== packsVersion()) {
    fatherWords = { version: packsVersion(), words: new Set(allPacks().flatMap((pack) => pack.patronymics ?? []).map(foldTerm)) };
  }
  return fatherWords.words.has(fold);
}

export interface NameForm {
  /** As written. */
  text: string;
  /** Folded words, initials included (for exact phrase matching). */
  folded: string[];
  /** Significant words as written: initials left out. */
  words: string[];
  /** The same words folded. */
  significant: string[];
}

/** Name form of tokens (from a phrase) or of a string (gazetteer, query). */
export function nameForm(source: string | readonly Tok[]): NameForm {
  const toks = typeof source === 'string' ? sentenceTokens(source, 0) : source;
  const text = typeof source === 'string' ? source.trim() : toks.map((t) => t.text).join(' ');
  // An initial stands before the name it abbreviates: a last word shaped like one is a name word (वांग यू Wang Yu, not "Wang U.").
  const kept = toks.filter((t, i) => (!isInitial(t) || (i === toks.length - 1 && i > 0 && !isInitial(toks[i - 1]!))) && !middleInitial(toks, i));
  const significant = kept.length ? kept : toks;
  const folded = toks.map((t) => t.fold);
  // A handle ("JensStoltenberg") is compared by the name words it spells.
  if (!significant.some(handle)) return { text, folded, words: significant.map((t) => t.text), significant: significant.map((t) => t.fold) };
  const words = significant.flatMap((t) => (handle(t) ? handleWords(t.text) : [t.text]));
  return { text, folded, words, significant: words.map((w) => w.toLowerCase()) };
}

/* A letter's spelled name between two words of a name is a middle initial (وليام جيه بيرنز, William J. Burns). */
const middleInitial = (toks: readonly Tok[], i: number): boolean => i > 0 && i < toks.length - 1 && packFor(toks[i]!.lang)?.spelledInitial?.(toks[i]!) !== undefined;

const handle = (t: Tok): boolean => t.script === 'latin' && handleShaped(t.text);

const MEMO = 200_000;
/** A word meets many others while people are grouped: its sounds are worked out once. */
const profileOf = memoised(soundProfile, MEMO);
/** Keyed by the two words, the lesser first. */
const similarPairs = new PairMemo<boolean>(MEMO);
const similarWords = (a: string, b: string): boolean => !otherSyllable(a, b) && similarProfiles(profileOf(a), profileOf(b));

/* Arabic writes o as و (u) and e as ي (i). */
const looseVowels = (v: string): string => v.replace(/o/gu, 'u').replace(/e/gu, 'i');

/* Egyptian print writes a final ي as ى (شى for شي, Xi): in a word of one syllable its vowel is i, not the a of موسى. */
const vowelsOf = (word: string, profile: SoundProfile): string => (word.endsWith('\u0649') ? 'i' : profile.sounds.replace(/[^aeiou]/gu, ''));

/**
 * Whether two words of one consonant and one vowel differ by the vowel: in a syllable that is all
 * the word has (Chinese Yi and Yu, Li and Lu are two names: वांग यी, वांग यू; وانغ يي, وانغ يو), where a
 * longer word keeps its identity through a vowel written otherwise. Arabic and Devanagari write the
 * short and long vowel of one syllable alike here (शि, शी: one Xi).
 */
function otherSyllable(a: string, b: string): boolean {
  const [pa, pb] = [profileOf(a), profileOf(b)];
  if (pa.sounds.length > 2 || pb.sounds.length > 2) return false;
  const [va, vb] = [vowelsOf(a, pa), vowelsOf(b, pb)];
  if (!va || !vb) return false;
  return pa.arabic || pb.arabic ? looseVowels(va) !== looseVowels(vb) : va !== vb;
}

/** Cached match key of one word (phonetic.ts). */
export const wordKey: (word: string) => string = memoised(matchKey, MEMO);

/**
 * Whether two words sound like the same name word.
 * @example sameWord('Lavrov', 'لافروف') // true
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = wordKey(a);
  if (ka.length === 0 || ka !== wordKey(b)) return familyAlike(a, b) || nasalAlike(a, b);
  return a < b ? similarPairs.get(a, b, similarWords) : similarPairs.get(b, a, similarWords);
}

/*
 * Devanagari writes a nasal before a consonant as the dot ं, the moon ँ or a half न/म, and news
 * pages drop or add it in one name from line to line (एजेला, एंजेला, एजेंला मर्केल in one article).
 * Two Devanagari words that are one once their nasals are left out are one name word; the rest must
 * be letter for letter the same, and three letters long, so that no other difference rides along.
 */
const NASAL = /[\u0901\u0902]|[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])/gu;
const DEVANAGARI_WORD = /^[\u0900-\u097F]+$/u;
function nasalAlike(a: string, b: string): boolean {
  if (!DEVANAGARI_WORD.test(a) || !DEVANAGARI_WORD.test(b)) return false;
  const [na, nb] = [a.replace(NASAL, ''), b.replace(NASAL, '')];
  return na === nb && (na !== a || nb !== b) && [...na].length >= 3;
}

/* The Arabic article on a name word, as a family name takes it from a father's name (أحمد الناصر for أحمد ناصر الصباح). */
const ARTICLE = /^ال(?=\p{L}{3})/u;

/** Whether two words are one name word, one of them with the Arabic article and the other without. */
function familyAlike(a: string, b: string): boolean {
  const [ba, bb] = [a.replace(ARTICLE, ''), b.replace(ARTICLE, '')];
  return (ba === a) !== (bb === b) && sameWord(ba, bb);
}

/**
 * Whether two names are the same name: same number of significant words, each the same.
 * @example sameName(nameForm('Sergey Lavrov'), nameForm('सर्गेई लावरोव')) // true
 */
export function sameName(a: NameForm, b: NameForm): boolean {
  return a.words.length === b.words.length && a.words.every((w, i) => sameWord(w, b.words[i]!));
}

/**
 * Whether a one-word name is one of the words of a longer name ("लावरोव" of "सर्गेई लावरोव").
 * @example partOf(nameForm('Lavrov'), nameForm('Sergey Lavrov')) // true
 */
export function partOf(short: NameForm, long: NameForm): boolean {
  return short.words.length === 1 && long.words.length > 1 && long.words.some((w) => sameWord(short.words[0]!, w));
}

/** Sound profile of a name's words written as one word. */
const joinedProfile = memoised((words: string) => soundProfile(words), MEMO);

/**
 * Whether two names of two or more words differ only in where one word is split in two
 * ("Hossein Amir Abdollahian", "حسين أمير عبد اللهيان"):
 * one word apart in length, the same first word, and the same sounds written together.
 * @example splitAlike(nameForm('Hossein Abdollahian'), nameForm('حسين عبد اللهيان')) // true
 */
export function splitAlike(a: NameForm, b: NameForm): boolean {
  if (Math.abs(a.words.length - b.words.length) !== 1 || Math.min(a.words.length, b.words.length) < 2) return false;
  if (!sameWord(a.words[0]!, b.words[0]!)) return false;
  return soundsAlikeTogether(a, b);
}

/**
 * Whether two names differ only in where a word of the given names is split in two, their last word
 * the same ("أميرهان متكي", "أمير خان متقي"; "Alireza Hosseini", "Ali Reza Hosseini"): one word apart
 * in length, the same last word, and the same sounds written together.
 * @example splitAlikeAhead(nameForm('أميرهان متكي'), nameForm('أمير خان متقي')) // true
 */
export function splitAlikeAhead(a: NameForm, b: NameForm): boolean {
  if (Math.abs(a.words.length - b.words.length) !== 1 || Math.min(a.words.length, b.words.length) < 2) return false;
  if (!sameWord(a.words[a.words.length - 1]!, b.words[b.words.length - 1]!)) return false;
  return soundsAlikeTogether(a, b);
}

/* Consonants a name written as one word must have to stand for a longer name written apart: short words match too many joinings. */
const MIN_JOINED_CONSONANTS = 5;

/**
 * Whether a one-word name is a longer name written without its spaces ("डॉमिनिक्राब" for
 * "डॉमिनिक राब", Dominic Raab): the same sounds written together, and enough of them.
 * @example joinedOf(nameForm('डॉमिनिक्राब'), nameForm('डोमिनिक राब')) // true
 */
export function joinedOf(short: NameForm, long: NameForm): boolean {
  if (short.words.length !== 1 || long.words.length < 2) return false;
  if (wordKey(short.words[0]!).length < MIN_JOINED_CONSONANTS) return false;
  return soundsAlikeTogether(short, long);
}

/**
 * Whether two names have the same sounds written together, however their words are split
 * ("أميرهان متكي", "أمير خان متقي").
 * @example soundsAlikeTogether(nameForm('أميرهان متكي'), nameForm('أمير خان متقي')) // true
 */
export function soundsAlikeTogether(a: NameForm, b: NameForm): boolean {
  // Word for word, two syllables told apart by their vowel stay two names when run together (वांग यी, वांग यू).
  if (a.words.length === b.words.length && a.words.some((w, i) => otherSyllable(w, b.words[i]!))) return false;
  return similarProfiles(joinedProfile(a.words.join('')), joinedProfile(b.words.join('')));
}

/** Key of a name's words written as one (equal for names that `splitAlike` may join). */
export function joinedKey(name: NameForm): string {
  return profileKey(joinedProfile(name.words.join('')));
}

/**
 * Whether a name of two or more words is the beginning of a longer one, word by word: the longer
 * adds a family or father's name ("Khalid bin Hamad" of "Khalid bin Hamad Al Thani").
 * @example prefixOf(nameForm('Khalid bin Hamad'), nameForm('Khalid bin Hamad Al Thani')) // true
 */
export function prefixOf(short: NameForm, long: NameForm): boolean {
  return short.words.length > 1 && long.words.length > short.words.length && short.words.every((w, i) => sameWord(w, long.words[i]!));
}

/**
 * Whether a name of two or more words is the end of a longer one, word by word: the family name of
 * two words used alone after the full name ("जावेद अहमद", "جاويش أوغلو" after "مولود جاويش أوغلو").
 * @example suffixOf(nameForm('Abbas Stanekzai'), nameForm('Sher Mohammad Abbas Stanekzai')) // true
 */
export function suffixOf(short: NameForm, long: NameForm): boolean {
  const offset = long.words.length - short.words.length;
  return short.words.length > 1 && offset > 0 && short.words.every((w, i) => sameWord(w, long.words[offset + i]!));
}

/**
 * Whether a name of two words is the first and last word of a longer one: the middle name left
 * out ("محمد آخوند" for "محمد حسن أخوند", "Mohammad Akhund").
 * @example framesOf(nameForm('Sher Stanekzai'), nameForm('Sher Mohammad Abbas Stanekzai')) // true
 */
export function framesOf(short: NameForm, long: NameForm): boolean {
  const n = long.words.length;
  return short.words.length === 2 && n > 2 && sameWord(short.words[0]!, long.words[0]!) && sameWord(short.words[1]!, long.words[n - 1]!);
}

/* A name word opening with a vowel sound: its initial is that vowel's letter, which the sound key leaves out. */
const VOWEL_OPENING = /^[aeiouAEIOUअआइईउऊएऐओऔاأإآع]/u;

/**
 * Whether an initial (its Latin capital) can stand for a given name: the same first consonant
 * sound, or a vowel for a name opening with one ("S" for सुब्रमण्यम, "A" for Ajit; not "S" for Jejul).
 * @example initialFits('S', 'सुब्रमण्यम') // true
 */
export function initialFits(letter: string, given: string): boolean {
  if (VOWEL_OPENING.test(letter) || VOWEL_OPENING.test(given)) return VOWEL_OPENING.test(letter) && VOWEL_OPENING.test(given);
  return wordKey(letter).charAt(0) === wordKey(given).charAt(0);
}

/** Whether the names can be the same person's: equal, one a single word of the other or the other written as one word, the beginning or end of the other, or its first and last word. */
export function compatibleNames(a: NameForm, b: NameForm): boolean {
  return sameName(a, b) || partOf(a, b) || partOf(b, a) || joinedOf(a, b) || joinedOf(b, a) || prefixOf(a, b) || prefixOf(b, a) || suffixOf(a, b) || suffixOf(b, a) || framesOf(a, b) || framesOf(b, a);
}
