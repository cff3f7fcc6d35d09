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
 *    (latin-spelling.ts, over the candidates of spelling-indexes.ts and devanagari-spelling.ts);
 * 3. letter by letter (translit.ts), which cannot restore the short vowels Arabic leaves out.
 * The spellings the articles give themselves (the corpus's and the person's own) are in corpus-spellings.ts.
 */
import { initialLetter, sentenceTokens, type Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';
import { chineseName } from '../text/chineseLatin.ts';
import { corpusJoinedSpelling, corpusSpelling, ownJoinedSpelling, ownSpelling, pairSpelling, type LatinVocabulary } from './corpus-spellings.ts';
import { cyrillicNationality, familyNationality, nationalSpelling, pashtunNationality } from './national-spellings.ts';
import { hasOglu, oneWordOglu, turkishOglu } from './turkish-surnames.ts';
import { arabicCompound, type SpellWord } from './arabic-compounds.ts';
import { lettered, nisba } from './lettered.ts';
import { joinedInitials } from './joined-initials.ts';
import { TAJIK, tajikWords } from './tajik-names.ts';
import { latinSpelling, PATRONYMIC } from './latin-spelling.ts';

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
