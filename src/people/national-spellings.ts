/**
 * Name words the English press spells by the person's country rather than by the script the
 * article writes them in: an Iranian's ابراهيم or इब्राहिम is "Ebrahim", as Iran's own romanisation
 * gives it, where an Arab's is "Ibrahim". Keys are the spellings display.ts reads name words as;
 * values the press's spelling for people of that nationality (roles give it: "Iranian foreign
 * minister"). Name WORDS only, never a person's full name.
 */
import { TAJIK, tajikLetters, tajikSpelling } from './tajik-names.ts';

const IRANIAN: ReadonlyArray<readonly [string, string]> = [
  ['Ibrahim', 'Ebrahim'], ['Hussein', 'Hossein'], ['Husain', 'Hossein'], ['Hussain', 'Hossein'], ['Husayn', 'Hossein'],
  ['Mohammed', 'Mohammad'], ['Muhammad', 'Mohammad'], ['Mohamed', 'Mohammad'], ['Jawad', 'Javad'], ['Abdullah', 'Abdollah'],
  ['Mahmud', 'Mahmoud'], ['Mahmood', 'Mahmoud'], ['Rida', 'Reza'], ['Ridha', 'Reza'], ['Mahdi', 'Mehdi'], ['Kazim', 'Kazem'],
  ['Muhsin', 'Mohsen'], ['Mohsin', 'Mohsen'], ['Qasim', 'Qasem'], ['Qassem', 'Qasem'], ['Jafar', 'Jafar'], ['Jaafar', 'Jafar'],
  ['Hasan', 'Hassan'], ['Ahmed', 'Ahmad'], ['Mustafa', 'Mostafa'], ['Murtada', 'Morteza'], ['Murtaza', 'Morteza'],
  ['Masud', 'Masoud'], ['Masood', 'Masoud'], ['Said', 'Saeed'], ['Ismail', 'Esmaeil'], ['Ibrahimi', 'Ebrahimi'],
];

/* Turkish spells Arabic name words its own way, a final b or d hardened (Tayyip, Mehmet, Ahmet). */
const TURKISH: ReadonlyArray<readonly [string, string]> = [
  ['Tayyib', 'Tayyip'], ['Mohammed', 'Mehmet'], ['Muhammad', 'Mehmet'], ['Ahmed', 'Ahmet'], ['Ahmad', 'Ahmet'],
  ['Hussein', 'Huseyin'], ['Suleiman', 'Suleyman'], ['Yousef', 'Yusuf'], ['Omar', 'Omer'], ['Mahmood', 'Mahmut'],
  ['Hamid', 'Hamit'], ['Rashid', 'Resit'], ['Khalil', 'Halil'], ['Khalid', 'Halit']
];
/* Kuwait's news agency, and the press after it, writes the a of Ahmad and Mohammad. */
const KUWAITI: ReadonlyArray<readonly [string, string]> = [['Ahmed', 'Ahmad'], ['Mohammed', 'Mohammad'], ['Muhammad', 'Mohammad']];
/* Afghans' Arabic name words as Afghan and Pashto usage writes them (Mohammad Naeem, Ahmadzai). */
const AFGHAN: ReadonlyArray<readonly [string, string]> = [['Ahmed', 'Ahmad'], ['Mohammed', 'Mohammad'], ['Muhammad', 'Mohammad']];
/* The Emirates' news agency and Egypt's press write محمد as Mohamed (Mohamed bin Zayed, Mohamed
 * El-Baz), as French-influenced North Africa does (Morocco, Algeria, Tunisia, Mauritania, Chad). */
const MOHAMED: ReadonlyArray<readonly [string, string]> = [['Mohammed', 'Mohamed'], ['Muhammad', 'Mohamed'], ['Mohammad', 'Mohamed']];
const BY_NATIONALITY: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['Iranian', new Map(IRANIAN)], ['Turkish', new Map(TURKISH)], ['Kuwaiti', new Map(KUWAITI)], ['Afghan', new Map(AFGHAN)],
  ...['Emirati', 'Egyptian', 'Moroccan', 'Algerian', 'Tunisian', 'Mauritanian', 'Chadian'].map((n) => [n, new Map(MOHAMED)] as const),
]);

/** Every spelling the national tables give (Mohammad, Ebrahim, Mehmet): name words the press spells so. */
export const nationalNameWords = (): string[] => [...BY_NATIONALITY.values()].flatMap((m) => [...m.values()]);

/**
 * A name word as the press spells it for people of this nationality; the word itself otherwise.
 * @example nationalSpelling('Ibrahim', 'Iranian') // 'Ebrahim'
 * @example nationalSpelling('Ibrahim', 'Qatari') // 'Ibrahim'
 * @example nationalSpelling('Rahman', 'Tajik') // 'Rahmon'
 */
export function nationalSpelling(word: string, nationality: string | undefined): string {
  if (nationality === TAJIK) return tajikSpelling(word);
  return (nationality && BY_NATIONALITY.get(nationality)?.get(word)) || word;
}

/* Nationalities whose names the press romanises from Russian Cyrillic: Arabic writes their в as ف
 * (لافروف Lavrov, زاخاروفا Zakharova) and the surname endings -ov, -ev, -ova as وف, يف, وفا. */
const FROM_CYRILLIC = new Set(['Russian', 'Ukrainian', 'Belarusian', 'Kazakh', 'Kyrgyz', 'Tajik', 'Uzbek', 'Turkmen']);
const CYRILLIC_READING: Array<[RegExp, string]> = [[/f/g, 'v'], [/uv(a?)$/, 'ov$1'], [/iv(a?)$/, 'ev$1']];

/**
 * An Arabic-script name word's letters (lowercase, as arabicToLatin gives them) as the press
 * writes them for people of this nationality; the letters themselves otherwise.
 * @example nationalLetters('lafruf', 'Russian') // 'lavrov'
 * @example nationalLetters('lafruf', 'Qatari') // 'lafruf'
 */
export function nationalLetters(letters: string, nationality: string | undefined): string {
  if (!nationality || !FROM_CYRILLIC.has(nationality)) return letters;
  const read = CYRILLIC_READING.reduce((out, [re, to]) => out.replace(re, to), letters);
  return nationality === TAJIK ? tajikLetters(read) : read;
}

/* The surname endings -ov, -ev, -ova, -eva as Arabic and Hindi write them (لافروف, كاميلوف, زاخاروفا; लावरोव). */
const CYRILLIC_ENDING = /(?:[وي]فا?|ोवा?|ेवा?|एवा?|ओवा?)$/u;
/* Letters Arabic writes only for Arabic sounds, never in a name from Cyrillic: a word with one is Arabic (شريف, معروف). */
const ARABIC_SOUNDS = /[عحصضطظذثقءؤئة]/u;

/**
 * "Russian" when a name ends in a surname with a Russian ending (-ov, -ev, -ova, -eva): the press
 * romanises such names from Cyrillic (Lavrov, Kamilov), whatever country the text gives; a word of
 * five letters or more without letters only Arabic sounds need, since short Arabic words end so
 * too (شريف Sharif, سيف Saif). None otherwise.
 * @example cyrillicNationality(['سيرغي', 'لافروف']) // 'Russian'
 * @example cyrillicNationality(['نواز', 'شريف']) // undefined
 */
export function cyrillicNationality(words: readonly string[]): string | undefined {
  const last = words.at(-1);
  if (words.length < 2 || !last || [...last].length < 5 || ARABIC_SOUNDS.test(last)) return undefined;
  return CYRILLIC_ENDING.test(last) ? 'Russian' : undefined;
}

/* Ruling families whose name says the country, whose press then spells the person's other name
 * words (الصباح: Kuwait; آل نهيان, Hindi अल नाहयान: Abu Dhabi's, the Emirates'). */
const FAMILY_NATIONALITY = new Map([
  ['الصباح', 'Kuwaiti'], ['آل صباح', 'Kuwaiti'], ['آل نهيان', 'Emirati'], ['النهيان', 'Emirati'], ['अल नाहयान', 'Emirati'], ['अल नहयान', 'Emirati'],
]);

/**
 * The nationality a ruling family's name in the name gives, when the text gives none: a Sabah is
 * Kuwaiti, and Kuwait's press writes his Ahmad and Mohammad so. None otherwise.
 * @example familyNationality(['أحمد', 'ناصر', 'المحمد', 'الصباح']) // 'Kuwaiti'
 */
export function familyNationality(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const found = FAMILY_NATIONALITY.get(words[i]!) ?? FAMILY_NATIONALITY.get(`${words[i]} ${words[i + 1] ?? ''}`);
    if (found) return found;
  }
  return undefined;
}

/* A Pashtun tribal name in -zai as Arabic (ستانكزي, أحمدزاي) and Hindi (स्तानिकज़ई, अहमदजई) write it,
 * and the Afghan clerical name Akhund (أخوند, अखुंद): shapes the press meets in Afghans' names.
 * Not a -zi after Mac/Mc (ماكنزي McKenzie), nor a short word (غازي Ghazi, فوزي Fawzi); a -zai
 * written with its alif may follow two letters (كرزاي Karzai). */
const PASHTUN_ZAI = /^(?!ما?ك)(?:[\p{L}\p{M}]{3,}زي|[\p{L}\p{M}]{2,}(?:زاي|زئي|ज़?ा?ई))$/u;
const AKHUND = /^[أاآ]خوند$|^अखुं?न?द$/u;

/**
 * "Afghan" when a name has a Pashtun tribal name in -zai or the name Akhund, when the text gives
 * no nationality: Afghans' Arabic name words are then spelled as Afghan usage writes them
 * (Mohammad, Ahmad) and the -zai stem as Afghans do (Stanekzai). None otherwise.
 * @example pashtunNationality(['شير', 'محمد', 'عباس', 'ستانكزي']) // 'Afghan'
 * @example pashtunNationality(['كينيث', 'ماكنزي']) // undefined
 */
export function pashtunNationality(words: readonly string[]): string | undefined {
  return words.some((w, i) => i > 0 && (PASHTUN_ZAI.test(w) || AKHUND.test(w))) ? 'Afghan' : undefined;
}
