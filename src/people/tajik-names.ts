/**
 * Tajik names as the English press writes them. It takes them from Tajik Cyrillic, where the long
 * ā of the Persian and Arabic name words is o (Раҳмон Rahmon, Сироҷиддин Sirojiddin, Маҳмудзода
 * Mahmudzoda, Насрулло Nasrullo), while Arabic and Hindi articles write the same words as Arabic
 * ones (رحمان, سراج الدين, نصر الله). So for a person the text calls Tajik:
 * - a name word the pack spells is respelled by the Tajik vowels (Rahman Rahmon, -ullah -ullo,
 *   -uddin -iddin, Zadeh Zoda, Imam Emom);
 * - an Arabic word no pack spells is read from its letters with its long vowels as o (رحمان and
 *   رحمون both Rahmon), never matched against Western name lists (رحمون is no Ramon);
 * - a given name before Ali is written with it as one word (إمام علي Emomali).
 * Name WORDS and vowel patterns only, never a person's full name.
 */

export const TAJIK = 'Tajik';

/* Pack spellings of Arabic and Persian name words, as Tajik usage writes them. */
const TAJIK_WORDS: ReadonlyMap<string, string> = new Map([
  ['Imam', 'Emom'], ['Rahman', 'Rahmon'], ['Mohammed', 'Muhammad'], ['Mohammad', 'Muhammad'], ['Muhammed', 'Muhammad'],
  ['Ahmed', 'Ahmad'], ['Mahmood', 'Mahmud'], ['Mahmoud', 'Mahmud'], ['Zadeh', 'Zoda'], ['Zada', 'Zoda'],
  ['Abdullah', 'Abdullo'], ['Siraj', 'Siroj'], ['Noor', 'Nur'], ['Nooruddin', 'Nuriddin'], ['Sharif', 'Sharif'], ['Hamid', 'Hamid'],
]);

/* Endings of compound name words: the -ullah of God's name is -ullo, -uddin (of the faith) is
 * -iddin, and the first word's long ā before it is o too (Sirajuddin Sirojiddin, Nasrullah Nasrullo). */
const TAJIK_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/aj(?=uddin$)/u, 'oj'], [/uddin$/u, 'iddin'], [/ullah$/u, 'ullo'], [/zadeh$/u, 'zoda'],
];

/**
 * A name word as the press writes it for a Tajik: the Tajik form of a pack spelling, the word itself otherwise.
 * @example tajikSpelling('Rahman') // 'Rahmon'
 * @example tajikSpelling('Sirajuddin') // 'Sirojiddin'
 */
export function tajikSpelling(word: string): string {
  const listed = TAJIK_WORDS.get(word);
  if (listed) return listed;
  return TAJIK_ENDINGS.reduce((out, [re, to]) => out.replace(re, to), word);
}

/**
 * An Arabic-script word's letters (lowercase, arabicToLatin's) as a Tajik name's: the letters
 * Arabic writes for long vowels inside the word (ا, و) are the Tajik o (rhman, rhmun: rhmon).
 * The word's first letter stays as it is (إمام: imom).
 * @example tajikLetters('rhmun') // 'rhmon'
 */
export function tajikLetters(letters: string): string {
  return letters.charAt(0) + letters.slice(1).replace(/[au](?=[^aeiou])/gu, 'o');
}

/**
 * The name's words as a Tajik's are written: each in its Tajik form (tajikSpelling, also for the
 * compounds display.ts builds: نصر الله Nasrullo), a given name and the Ali after it as one word
 * (Emom Ali Rahmon: Emomali Rahmon; a last word Ali stays apart), and -zoda ("son of") joined to
 * the word before it (Mahmud Zoda: Mahmudzoda).
 * @example tajikWords(['Imam', 'Ali', 'Rahmon']) // ['Emomali', 'Rahmon']
 */
export function tajikWords(words: readonly string[]): string[] {
  const out: string[] = [];
  const spelled = words.map(tajikSpelling);
  for (let i = 0; i < spelled.length; i++) {
    const [word, next] = [spelled[i]!, spelled[i + 1]];
    if (i === 0 && next === 'Ali' && i + 2 < spelled.length) {
      out.push(`${word}ali`);
      i += 1;
    } else if (out.length > 0 && word === 'Zoda') out.push(`${out.pop()}zoda`);
    else out.push(word);
  }
  return out;
}
