/**
 * Latin-script given names and surnames of many countries, the spellings a name written in
 * Arabic or Devanagari script is matched against to be shown as English news shows it (display.ts):
 * "ميركل" has no vowels, but the German surname list has "Merkel", which sounds the same.
 *
 * The lists are the name data of `@faker-js/faker` (MIT, bundled: no network), one file per
 * country; Russian and Ukrainian names, written in Cyrillic there, are romanised as the English
 * press writes them (Сергей → Sergey, Захарова → Zakharova). Each name counts how many countries'
 * lists hold it, so that a name common to many (Maria) wins over a rare spelling of the same sounds.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import anyAscii from 'any-ascii';
import { frenchReading, germanReading } from './european-readings.ts';
import { faker as az } from '@faker-js/faker/locale/az';
import { faker as cs } from '@faker-js/faker/locale/cs_CZ';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as en } from '@faker-js/faker/locale/en';
import { faker as enIn } from '@faker-js/faker/locale/en_IN';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as pt } from '@faker-js/faker/locale/pt_PT';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as ru } from '@faker-js/faker/locale/ru';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as uk } from '@faker-js/faker/locale/uk';
import { faker as uz } from '@faker-js/faker/locale/uz_UZ_latin';

interface NameDefinitions {
  person?: { first_name?: Record<string, string[] | undefined>; last_name?: Record<string, string[] | undefined> };
}

const LOCALES = [en, enIn, de, fr, es, it, nl, pl, pt, ro, sv, cs, hr, tr, az, uz, ru, uk];

/* The nationality a role gives whose people each list names: the adjective grammar/nations.ts
 * gives (its own table, else i18n-nationality's: Italian, Dutch, Swedish), and the country's
 * English name, which it gives where it knows no adjective. */
const NATIONALITIES = new Map<unknown, readonly string[]>([
  [en, ['US', 'British', 'Australian', 'Australia', 'Canadian', 'Canada', 'Irish', 'Ireland', 'New Zealander', 'New Zealand']],
  [enIn, ['Indian']], [de, ['German', 'Austrian', 'Austria']], [fr, ['French', 'Belgian', 'Belgium']], [es, ['Spanish', 'Spain']],
  [it, ['Italian', 'Italy']], [nl, ['Dutch', 'Netherlands', 'Belgian', 'Belgium']], [pl, ['Polish', 'Poland']], [pt, ['Portuguese', 'Portugal']],
  [ro, ['Romanian', 'Romania']], [sv, ['Swedish', 'Sweden']], [cs, ['Czech', 'Czech Republic']], [hr, ['Croatian', 'Croatia']],
  [tr, ['Turkish']], [az, ['Azerbaijani', 'Azerbaijan']], [uz, ['Uzbek']], [ru, ['Russian']], [uk, ['Ukrainian', 'Ukraine']],
]);

/* Turkish letters as the sounds they are (c is j, ç ch, ş sh), and a final t or p where Arabic
 * writes d or b: Turkish names from Arabic ones harden their last consonant (Mevlüt مولود, Recep رجب); Arabic writes ğ as غ (oğlu أوغلو). */
const TURKISH_READING: Array<[RegExp, string]> = [[/c/g, 'j'], [/ç/g, 'ch'], [/ş/g, 'sh'], [/ğ/g, 'g'], [/ı/g, 'i'], [/ö/g, 'o'], [/ü/g, 'u'], [/t$/, 'd'], [/p$/, 'b']];
const READS_TURKISH = new Set<unknown>([tr, az]);
/* Lists whose words Arabic writes by their own sounds (european-readings.ts): شارل Charles, زايبرت Seibert. */
const READS_BY_EAR = new Map<unknown, (word: string) => string>([[fr, frenchReading], [de, germanReading]]);
/** A listed word's reading by its country's sounds, when that is not how English reads it. */
const earReading = (locale: unknown, latin: string): string | undefined => {
  const read = READS_BY_EAR.get(locale)?.(latin);
  return read && read !== latin.toLowerCase() ? read : undefined;
};

/**
 * A Turkish name word as its sounds are written in Arabic letters' terms.
 * @example turkishReading('Çavuş') // 'chavush'
 * @example turkishReading('Recep') // 'rejeb'
 */
export function turkishReading(word: string): string {
  let out = word.toLowerCase();
  for (const [re, to] of TURKISH_READING) out = out.replace(re, to);
  return out;
}

/* Cyrillic as the English press romanises Russian and Ukrainian names (close to BGN/PCGN, without
 * its diacritics and apostrophes): Сергей Sergey, Дмитрий Dmitry, Захарова Zakharova. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', є: 'ye', і: 'i', ї: 'yi', ґ: 'g',
};
/* Ukrainian reads и as y and г as h (Володимир Volodymyr, Григорій Hryhoriy). */
const UKRAINIAN: Record<string, string> = { ...CYRILLIC, и: 'y', г: 'h', е: 'e' };
const CYRILLIC_VOWELS = new Set([...'аеёиоуыэюяєії']);

/**
 * A Cyrillic name in Latin letters as English news writes it.
 * @example romaniseCyrillic('Дмитрий') // 'Dmitry'
 * @example romaniseCyrillic('Мария') // 'Maria'
 * @example romaniseCyrillic('Володимир', true) // 'Volodymyr'
 */
export function romaniseCyrillic(name: string, ukrainian = false): string {
  const table = ukrainian ? UKRAINIAN : CYRILLIC;
  const letters = [...name.toLowerCase()];
  let out = '';
  letters.forEach((c, i) => {
    const prev = letters[i - 1];
    // Russian е is "ye" at the start and after a vowel or a sign (Евгений Yevgeny); ий/ый end in y (Dmitry).
    if (!ukrainian && c === 'е' && (prev === undefined || CYRILLIC_VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')) out += 'ye';
    // ия ends a name in ia (Мария Maria, Юлия Yulia).
    else if (c === 'я' && prev === 'и' && i === letters.length - 1) out += 'a';
    else if (!ukrainian && c === 'й' && (prev === 'и' || prev === 'ы') && i === letters.length - 1) out = out.slice(0, -1) + 'y';
    else out += table[c] ?? c;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/* English news drops diacritics (Çavuşoğlu → Cavusoglu, Łukasz → Lukasz); Mc, Mac and O' keep
 * the capital after them (McKenzie). */
const LATIN_NAME = /^(?:Mc|Mac|O')?[A-Z][a-z'’-]+$/u;
const withoutDiacritics = (word: string): string => {
  const ascii = anyAscii(word.normalize('NFC'));
  return ascii.charAt(0).toUpperCase() + ascii.slice(1);
};

/* Countries whose spelling reads j as the y sound: Arabic writes their names with ي (ينس Jens, ياسبر Jasper). */
const J_AS_Y = new Set([de, nl, sv, pl, cs, hr]);

interface Lexicon {
  /** Every name word, with how many countries' lists hold it. */
  all: Map<string, number>;
  /** The words with a j that a list of a country reading j as y holds. */
  jAsY: Set<string>;
  /** The given names among them. */
  given: Set<string>;
  /** The surnames among them. */
  surnames: Set<string>;
  /** Per nationality, its lists' words, each with the spelling its sounds are read from when not its own. */
  byNationality: Map<string, Map<string, string | undefined>>;
  /** The French and German lists' words with their reading by ear, where it differs. */
  byEar: Map<string, string>;
}

let lexicon: Lexicon | undefined;

function buildLexicon(): Lexicon {
  const all = new Map<string, number>();
  const given = new Set<string>();
  const surnames = new Set<string>();
  const jAsY = new Set<string>();
  const byNationality = new Map<string, Map<string, string | undefined>>();
  const byEar = new Map<string, string>();
  for (const locale of LOCALES) {
    const person = (locale.rawDefinitions as NameDefinitions).person;
    const words = new Set<string>();
    const national = new Map<string, string | undefined>();
    const add = (byGender: Record<string, string[] | undefined> | undefined, first: boolean): void => {
      for (const name of Object.values(byGender ?? {}).flatMap((l) => l ?? [])) {
        for (const part of name.split(/\s+/u)) {
          const latin = /\p{Script=Cyrillic}/u.test(part) ? romaniseCyrillic(part, locale === uk) : withoutDiacritics(part);
          if (!LATIN_NAME.test(latin)) continue;
          words.add(latin);
          national.set(latin, READS_TURKISH.has(locale) ? turkishReading(part) : undefined);
          const ear = earReading(locale, latin);
          if (ear) byEar.set(latin, ear);
          (first ? given : surnames).add(latin);
          if (J_AS_Y.has(locale) && /j/iu.test(latin)) jAsY.add(latin);
        }
      }
    };
    add(person?.first_name, true);
    add(person?.last_name, false);
    for (const w of words) all.set(w, (all.get(w) ?? 0) + 1);
    for (const nationality of NATIONALITIES.get(locale) ?? []) byNationality.set(nationality, new Map([...(byNationality.get(nationality) ?? []), ...national]));
  }
  return { all, given, surnames, jAsY, byNationality, byEar };
}

/**
 * The listed words with a j that some country reads as y (Jens, Jasper, Jan), as read there.
 * @example latinNamesReadingJ().get('Jens') // 'Yens'
 */
export function latinNamesReadingJ(): ReadonlyMap<string, string> {
  const { jAsY } = (lexicon ??= buildLexicon());
  return new Map([...jAsY].map((w) => [w, w.replace(/j/gu, 'y').replace(/J/gu, 'Y')]));
}

/**
 * The French and German lists' words as they sound, where English spelling would read them otherwise.
 * @example latinNamesReadByEar().get('Charles') // 'sharle'
 */
export function latinNamesReadByEar(): ReadonlyMap<string, string> {
  return (lexicon ??= buildLexicon()).byEar;
}

/**
 * Every Latin name word of the lists with how many countries' lists hold it; built once, on first use.
 * @example latinNames().get('Merkel') // 1 (or more)
 */
export function latinNames(): ReadonlyMap<string, number> {
  return (lexicon ??= buildLexicon()).all;
}

/**
 * The given names of the lists (Dmitry, Kenneth, Angela).
 * @example latinGivenNames().has('Kenneth') // true
 */
export function latinGivenNames(): ReadonlySet<string> {
  return (lexicon ??= buildLexicon()).given;
}

/**
 * The surnames of the lists (Merkel, Zakharova).
 * @example latinSurnames().has('Merkel') // true
 */
export function latinSurnames(): ReadonlySet<string> {
  return (lexicon ??= buildLexicon()).surnames;
}

/**
 * The name words of the lists of a nationality's country, each with the spelling its sounds are
 * read from when that is not its own (Turkish Recep is read rejeb); none for a nationality without a list.
 * @example latinNamesOf('Turkish')?.get('Recep') // 'rejeb'
 */
export function latinNamesOf(nationality: string): ReadonlyMap<string, string | undefined> | undefined {
  return (lexicon ??= buildLexicon()).byNationality.get(nationality);
}

let dictionary: Set<string> | undefined;

/**
 * Name words of people of many countries, gathered for spell checking (`@cspell/dict-people-names`,
 * MIT, bundled: no network): Kirby, Griffiths, Kazemi, which the country lists above lack. No
 * country is given, so no reading: latin-spelling.ts takes one only where a Devanagari word's reading
 * allows it and no other spelling fits. Plain capitalised words only, diacritics kept off.
 * @example dictionaryNames().has('Kirby') // true
 */
export function dictionaryNames(): ReadonlySet<string> {
  if (dictionary) return dictionary;
  const file = path.join(path.dirname(createRequire(import.meta.url).resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  dictionary = new Set();
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/u)) {
    const word = line.trim();
    if (!word.startsWith('#') && /^\p{Lu}\p{Ll}+$/u.test(word)) dictionary.add(withoutDiacritics(word));
  }
  return dictionary;
}
