/**
 * The word model every people, contact and event rule reads: a sentence's words with paragraph
 * offsets, their folded form, their language (the paragraph's, unless the word is written in
 * another language's script), and — where the language's pack says clitics are glued to words
 * (Arabic وعمران "and Imran") — the forms without them, so that a lexicon entry or a name is found
 * whatever is glued to it.
 */
import { packFor } from '../languages/index.ts';
import { wordLanguage } from '../languages/word-language.ts';
import { BoundedMemo } from '../text/memo.ts';
import { foldTerm, scriptOf, type Script } from '../text/normalize.ts';
import { forEachWord } from '../text/tokenize.ts';
import type { Lang } from '../types.ts';

export interface Tok {
  /** The word as written. */
  text: string;
  /** [start, end) offsets into the paragraph text. */
  start: number;
  end: number;
  fold: string;
  /** The script it is written in (names do not change script midway). */
  script: Script;
  /** Its language, whose pack the rules read; no pack means language-neutral handling. */
  lang: Lang;
  /**
   * Matching forms, `fold` first; Arabic words also without a leading و/ف and/or ب/ل/ك
   * (`لل` read as `ال`). `clitics[i]` is how many letters of `text` form `forms[i]` strips.
   */
  forms: string[];
  clitics: number[];
  /** Punctuation between this word and the previous one ends a name (comma, quote, bracket, danda). */
  breakBefore: boolean;
  /**
   * That punctuation is quotation marks alone: the edge of a quoted word, which a title may still
   * run across when the body it names is quoted ("المتحدث باسم “طالبان”").
   */
  quoteBefore: boolean;
}

/* Periods (initials, "Dr."), hyphens (Nur-Sultan) and apostrophes sit inside names. */
const BREAKING_GAP = /[^\s.\-'’‐]/u;
/* A gap of quotation marks and spaces only. */
const QUOTE_GAP = /^[\s"“”«»„‟‘‚‹›]+$/u;

type WordInfo = Pick<Tok, 'fold' | 'script' | 'lang' | 'forms' | 'clitics'>;

/*
 * News vocabulary repeats: folding each distinct word once keeps a corpus scan linear and cheap.
 * One memo per paragraph language, keyed by the word alone: a joined key would be a new string to
 * build and hash for every word of every sentence read.
 */
const infos = new Map<Lang, WordInfos>();

interface WordInfos {
  memo: BoundedMemo<WordInfo>;
  compute: (word: string) => WordInfo;
}

/** The word memo of a paragraph language (looked up once per sentence, not once per word). */
function wordInfos(paragraph: Lang): WordInfos {
  let known = infos.get(paragraph);
  if (!known) {
    // One function per language, not a closure per word: this runs for every word of every sentence read.
    const compute = (w: string): WordInfo => {
      const fold = foldTerm(w);
      const lang = wordLanguage(w, paragraph);
      const clitics = packFor(lang)?.clitics;
      return { fold, script: scriptOf(w), lang, ...(clitics ? clitics(fold) : { forms: [fold], clitics: [0] }) };
    };
    infos.set(paragraph, (known = { memo: new BoundedMemo<WordInfo>(200_000), compute }));
  }
  return known;
}

/* Digits run on into a word of another script when a page drops the space after a date stamp ("2021بحث"). */
const DIGITS_THEN_LETTERS = /^(\d+)(?=[^\d\p{Script=Latin}])/u;

/**
 * Where a token of digits glued to a non-Latin word splits into the two words it is ("2021بحث" →
 * 2021, بحث): the number of its leading digits, else 0 (Latin "5G" stays one word).
 */
function digitsEnd(word: string): number {
  const first = word.charCodeAt(0);
  // Most words open with a letter: no regex for them (every word of every sentence passes here).
  if (first < 48 || first > 57) return 0;
  const m = DIGITS_THEN_LETTERS.exec(word);
  return m ? m[1]!.length : 0;
}

/**
 * Words of `text` (a sentence starting at `base` in a paragraph in language `lang`) with
 * paragraph offsets. Without `lang`, each word's language is detected on its own.
 * @example sentenceTokens('بين بوتين وعمران خان', 0, 'arb')[2].forms // ['وعمران', 'عمران']
 */
export function sentenceTokens(text: string, base: number, lang: Lang = 'und'): Tok[] {
  const toks: Tok[] = [];
  const infos = wordInfos(lang);
  // No closure but this one per sentence: every sentence of a build is tokenised two or three times.
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    const cut = digitsEnd(word);
    if (cut === 0) pushTok(toks, text, base, infos, word, start, end);
    else {
      pushTok(toks, text, base, infos, word.slice(0, cut), start, start + cut);
      pushTok(toks, text, base, infos, word.slice(cut), start + cut, end);
    }
  });
  return toks;
}

/** Appends the token of `word` at [start, end) of the sentence `text`, which starts at `base` in its paragraph. */
function pushTok(toks: Tok[], text: string, base: number, infos: WordInfos, word: string, start: number, end: number): void {
  const info = infos.memo.get(word, infos.compute);
  // Where the previous word ends in the sentence (only read when there is one).
  const prevEnd = toks.length > 0 ? toks[toks.length - 1]!.end - base : 0;
  // Most gaps are one space: only longer ones are searched for punctuation.
  const gap = start - prevEnd;
  const breakBefore = toks.length > 0 && gap > 0 && !(gap === 1 && text[prevEnd] === ' ') && BREAKING_GAP.test(text.slice(prevEnd, start));
  const quoteBefore = breakBefore && QUOTE_GAP.test(text.slice(prevEnd, start));
  toks.push({ text: word, start: base + start, end: base + end, fold: info.fold, script: info.script, lang: info.lang, forms: info.forms, clitics: info.clitics, breakBefore, quoteBefore });
}

/**
 * Whether any word of `text` (in a paragraph in `lang`) is one of `words` (folded): a cheap test
 * before building tokens.
 * @example hasWord('रूसी विदेश मंत्री लावरोव', 'hin', new Set(['मंत्री'])) // true
 */
export function hasWord(text: string, lang: Lang, words: ReadonlySet<string>): boolean {
  // Every sentence of the corpus is asked this before the titled-names pass: no token object per word, no word looked up after the first found.
  let found = false;
  const infos = wordInfos(lang);
  forEachWord(text, (start, end) => {
    if (found) return;
    const forms = infos.memo.get(text.slice(start, end), infos.compute).forms;
    for (let f = 0; f < forms.length; f++) if (words.has(forms[f]!)) found = true;
  });
  return found;
}

/** Whether the token is a one-letter initial such as "S." or "एस". */
export function isInitial(tok: Tok): boolean {
  return initialLetter(tok) !== undefined;
}

/**
 * The Latin capital an initial stands for, as its language writes initials.
 * @example initialLetter(sentenceTokens('एस जयशंकर', 0, 'hin')[0]) // 'S'
 */
export function initialLetter(tok: Tok): string | undefined {
  return packFor(tok.lang)?.initial?.(tok);
}
