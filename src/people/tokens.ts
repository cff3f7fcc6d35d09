/**
 * The word model every people and contact rule reads: a sentence's words with paragraph offsets,
 * their folded form, and — for Arabic, where conjunctions and prepositions are written joined to
 * the next word (وعمران "and Imran", بنظيره "with his counterpart") — the forms without those
 * proclitics, so that a lexicon entry or a name is found whatever is glued to it.
 */
import { memoised } from '../text/memo.ts';
import { foldTerm, scriptOf, type Script } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';

export interface Tok {
  /** The word as written. */
  text: string;
  /** [start, end) offsets into the paragraph text. */
  start: number;
  end: number;
  fold: string;
  script: Script;
  /**
   * Matching forms, `fold` first; Arabic words also without a leading و/ف and/or ب/ل/ك
   * (`لل` read as `ال`). `clitics[i]` is how many letters of `text` form `forms[i]` strips.
   */
  forms: string[];
  clitics: number[];
  /** Punctuation between this word and the previous one ends a name (comma, quote, bracket, danda). */
  breakBefore: boolean;
}

/* Devanagari spellings of the Latin letters A–Z used as initials ("एस जयशंकर" = S. Jaishankar). */
const INDIC_INITIALS = new Map(
  ['ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड'].map(
    (spelling, i) => [foldTerm(spelling), String.fromCharCode(65 + i)],
  ),
);

/* Periods (initials, "Dr."), hyphens (Nur-Sultan) and apostrophes sit inside names. */
const BREAKING_GAP = /[^\s.\-'’‐]/u;

function arabicForms(fold: string): { forms: string[]; clitics: number[] } {
  const forms = [fold];
  const clitics = [0];
  const add = (form: string, clitic: number): void => {
    if (form.length >= 2 && !forms.includes(form)) {
      forms.push(form);
      clitics.push(clitic);
    }
  };
  const stems: Array<[string, number]> = [[fold, 0]];
  if (/^[وف]/u.test(fold) && fold.length > 3) stems.push([fold.slice(1), 1]);
  for (const [stem, n] of stems) {
    if (stem !== fold) add(stem, n);
    if (stem.startsWith('لل') && stem.length > 3) add(`ال${stem.slice(2)}`, n + 1);
    else if (/^[بلك]/u.test(stem) && stem.length > 3) add(stem.slice(1), n + 1);
  }
  return { forms, clitics };
}

type WordInfo = Pick<Tok, 'fold' | 'script' | 'forms' | 'clitics'>;

/* News vocabulary repeats: folding each distinct word once keeps a corpus scan linear and cheap. */
const wordInfo = memoised((word: string): WordInfo => {
  const fold = foldTerm(word);
  const script = scriptOf(word);
  return { fold, script, ...(script === 'arabic' ? arabicForms(fold) : { forms: [fold], clitics: [0] }) };
}, 200_000);

/**
 * Words of `text` (a sentence starting at `base` in its paragraph) with paragraph offsets.
 * @example sentenceTokens('بين بوتين وعمران خان', 0)[2].forms // ['وعمران', 'عمران']
 */
export function sentenceTokens(text: string, base: number): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = 0;
  for (const t of tokenize(text)) {
    const info = wordInfo(t.text);
    // Most gaps are one space: only longer ones are searched for punctuation.
    const gap = t.start - prevEnd;
    const breakBefore = toks.length > 0 && gap > 0 && !(gap === 1 && text[prevEnd] === ' ') && BREAKING_GAP.test(text.slice(prevEnd, t.start));
    toks.push({ text: t.text, start: base + t.start, end: base + t.end, fold: info.fold, script: info.script, forms: info.forms, clitics: info.clitics, breakBefore });
    prevEnd = t.end;
  }
  return toks;
}

/**
 * Whether any word of `text` is one of `words` (folded): a cheap test before building tokens.
 * @example hasWord('रूसी विदेश मंत्री लावरोव', new Set(['मंत्री'])) // true
 */
export function hasWord(text: string, words: ReadonlySet<string>): boolean {
  return tokenize(text).some((t) => wordInfo(t.text).forms.some((f) => words.has(f)));
}

/** Whether the token is a one-letter initial such as "S." or "एस". */
export function isInitial(tok: Tok): boolean {
  return initialLetter(tok) !== undefined;
}

/**
 * The Latin capital an initial stands for.
 * @example initialLetter(sentenceTokens('एस जयशंकर', 0)[0]) // 'S'
 */
export function initialLetter(tok: Tok): string | undefined {
  if (tok.script === 'latin') return tok.text.length === 1 ? tok.text.toUpperCase() : undefined;
  return tok.script === 'devanagari' ? INDIC_INITIALS.get(tok.fold) : undefined;
}
