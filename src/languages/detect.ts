/**
 * Language of a text, limited to the configured languages. franc alone is right on whole articles
 * but guesses wildly on short lines, and left unrestricted takes Hindi for Marathi or Nepali and
 * Arabic for Urdu or Persian; so it only ever chooses among the configured languages written in the
 * text's script. When the script leaves one candidate (as with Hindi, Arabic and English, each in its
 * own script) the script decides and franc is not consulted: it could only agree, more slowly.
 * An article's language is the one most of its letters are in.
 */
import { franc } from 'franc';
import type { Lang, Paragraph } from '../types.ts';

type Ranges = ReadonlyArray<readonly [number, number]>;

export const DEVANAGARI: Ranges = [[0x0900, 0x097f], [0xa8e0, 0xa8ff]];
export const ARABIC: Ranges = [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];
export const LATIN: Ranges = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];

/**
 * A language, the script it is written in, and — for a language sharing its script with one listed
 * before it — letters its writing cannot do without that the earlier one never uses.
 */
export type LanguageScripts<L extends string> = ReadonlyArray<readonly [L, Ranges, string?]>;

/**
 * The languages told apart (franc's ISO 639-3 codes) and the Unicode blocks each is written in;
 * the first of a script is the one assumed when a text is too short for franc. Urdu and Persian
 * are listed so that franc tells them from Arabic: they have no language pack (src/languages/),
 * and must get language-neutral handling rather than the Arabic grammar.
 */
export const LANGUAGE_SCRIPTS: LanguageScripts<Exclude<Lang, 'und'>> = [
  ['hin', DEVANAGARI],
  ['arb', ARABIC],
  // Urdu and Persian write keheh and Farsi yeh (ک ی) where Arabic writes ك ي, and letters Arabic lacks.
  ['urd', ARABIC, 'کیےںٹڈڑھگپچ'],
  ['pes', ARABIC, 'کیگپچژ'],
  ['eng', LATIN],
];

export const SUPPORTED_LANGS = LANGUAGE_SCRIPTS.map(([lang]) => lang);

/** Below this many letters franc has too little to go on. */
const FRANC_MIN_LETTERS = 40;
/** franc and the script count read at most this much: the start of a paragraph shows its language. */
const SAMPLE_CHARS = 400;

/** A configuration's distinct scripts, each character's script, and each script's languages. */
interface ScriptTable<L extends string> {
  /** 1 + the index of the first script whose ranges hold the UTF-16 code unit; 0 for none. */
  scriptOf: Uint8Array;
  scripts: number;
  languages: ReadonlyArray<readonly L[]>;
}

/**
 * Each configuration's table, worked out once: detection runs for every word and sentence of a
 * build, and a table lookup per character is cheaper than searching the ranges.
 */
const tables = new WeakMap<object, ScriptTable<string>>();

function scriptTable<L extends string>(languages: LanguageScripts<L>): ScriptTable<L> {
  const known = tables.get(languages);
  if (known) return known as ScriptTable<L>;
  const scripts = [...new Set(languages.map(([, ranges]) => ranges))];
  const scriptOf = new Uint8Array(0x10000);
  // Unset entries only: the first script listed with a character keeps it. Below "A" nothing counts (digits, punctuation).
  scripts.forEach((ranges, s) => {
    for (const [lo, hi] of ranges) for (let code = Math.max(lo, 0x41); code <= Math.min(hi, 0xffff); code++) scriptOf[code] ||= s + 1;
  });
  const table = { scriptOf, scripts: scripts.length, languages: scripts.map((r) => languages.filter(([, ranges]) => ranges === r).map(([l]) => l)) };
  tables.set(languages, table);
  return table;
}

/** Configured languages whose script has the most letters in the text's sample, and that count. */
function dominantScript<L extends string>(text: string, languages: LanguageScripts<L>): { candidates: readonly L[]; letters: number } {
  const { scriptOf, scripts, languages: ofScript } = scriptTable(languages);
  const counts = new Array<number>(scripts).fill(0);
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const s = scriptOf[text.charCodeAt(i)]!;
    if (s > 0) counts[s - 1]!++;
  }
  let best = -1;
  for (let s = 0; s < counts.length; s++) if (counts[s]! > 0 && (best < 0 || counts[s]! > counts[best]!)) best = s;
  if (best < 0) return { candidates: [], letters: 0 };
  return { candidates: ofScript[best]!, letters: counts[best]! };
}

/**
 * @example detectLanguage('लावरोव') // 'hin'
 * @example detectLanguage('Check Also') // 'eng'
 */
export function detectLanguage<L extends string = Exclude<Lang, 'und'>>(
  text: string,
  languages: LanguageScripts<L> = LANGUAGE_SCRIPTS as unknown as LanguageScripts<L>,
): L | 'und' {
  const { candidates, letters } = dominantScript(text, languages);
  if (candidates.length === 0) return 'und';
  if (candidates.length === 1 || letters < FRANC_MIN_LETTERS) return candidates[0]!;
  const sample = text.slice(0, SAMPLE_CHARS);
  // A text without any of a language's own letters is not in it: franc is asked only when a choice is left.
  const possible = candidates.filter((lang, i) => i === 0 || writtenWith(lang, sample, languages));
  if (possible.length === 1) return possible[0]!;
  const guess = franc(sample, { only: [...possible], minLength: 1 });
  return guess === 'und' ? candidates[0]! : (guess as L);
}

/** Whether `sample` holds a letter of the ones `lang`'s writing cannot do without (any, when none are listed). */
function writtenWith<L extends string>(lang: L, sample: string, languages: LanguageScripts<L>): boolean {
  const own = languages.find(([l]) => l === lang)?.[2];
  if (!own) return true;
  for (const ch of own) if (sample.includes(ch)) return true;
  return false;
}

const SCRIPT_OF = new Map<Exclude<Lang, 'und'>, Ranges>(LANGUAGE_SCRIPTS.map(([lang, ranges]) => [lang, ranges]));

/**
 * The language of a word or sentence inside a paragraph: the paragraph's language when the text is
 * written in that language's script (an Urdu paragraph's words are Urdu, not Arabic), otherwise
 * what detection says of the text alone (an English name quoted in a Hindi paragraph is English).
 * @example languageWithin('Lavrov', 'hin') // 'eng'
 * @example languageWithin('وزیر', 'urd') // 'urd'
 */
export function languageWithin(text: string, paragraph: Lang): Lang {
  const own = paragraph === 'und' ? undefined : SCRIPT_OF.get(paragraph);
  if (own && dominantScript(text, LANGUAGE_SCRIPTS).candidates.includes(paragraph as Exclude<Lang, 'und'>)) return paragraph;
  return detectLanguage(text);
}

/** The language most of the paragraphs' text is in. */
export function articleLanguage(paragraphs: ReadonlyArray<Pick<Paragraph, 'lang' | 'text'>>): Lang {
  const weight = new Map<Lang, number>();
  for (const p of paragraphs) if (p.lang !== 'und') weight.set(p.lang, (weight.get(p.lang) ?? 0) + p.text.length);
  let best: Lang = 'und';
  for (const [lang, w] of weight) if (best === 'und' || w > weight.get(best)!) best = lang;
  return best;
}
