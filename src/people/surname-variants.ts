/**
 * Known surnames written with one vowel letter or sign more, less or other (बाइडन beside बाइडेन):
 * local-people.ts claims such a word alone as a name when it is one vowel apart from exactly one
 * known surname of its sound.
 */
import { wordKey } from './names.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { foldTerm } from '../text/normalize.ts';
import { nameWordOK } from '../grammar/words.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';

/* A surname found by its spelling variant must be this long: short words are too many others' variants. */
const MIN_SOUND_ALIKE_LETTERS = 5;
/* Vowel letters and signs that spellings of one name add, drop or swap (बाइडन, बाइडेन; Biden, Bidden has none). */
const VOWEL = /^[\u0904-\u0914\u093e-\u094c\u0962\u0963اويىآأإaeiouy]$/u;

/**
 * Whether two words differ by one vowel letter or sign added, dropped or swapped inside them, and by
 * nothing else; at the end it is an inflection (رئيسا "as president" beside رئيسي Raisi).
 */
export function oneVowelApart(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i >= Math.min(x.length, y.length) - 1) return false;
  const rest = (m: number, n: number): boolean => x.slice(m).join('') === y.slice(n).join('');
  if (x.length === y.length) return i < x.length && VOWEL.test(x[i]!) && VOWEL.test(y[i]!) && rest(i + 1, i + 1);
  if (x.length === y.length + 1) return VOWEL.test(x[i]!) && rest(i + 1, i);
  if (y.length === x.length + 1) return VOWEL.test(y[i]!) && rest(i, i + 1);
  return false;
}

/* Per table of known surnames, whether a word is one vowel apart from exactly one of them: a
 * corpus repeats its words, and the sound key and the comparisons cost the build a tenth of its time
 * when worked out for every word of every sentence. */
const soundAlikeMemo = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, boolean>>();

function oneSoundAlike(tok: Tok, surnames: ReadonlyMap<string, readonly string[]>): boolean {
  let memo = soundAlikeMemo.get(surnames);
  if (!memo) soundAlikeMemo.set(surnames, (memo = new Map()));
  let found = memo.get(tok.text);
  if (found === undefined) {
    found = (surnames.get(wordKey(tok.text)) ?? []).filter((s) => oneVowelApart(foldTerm(s), tok.fold)).length === 1;
    memo.set(tok.text, found);
  }
  return found;
}

/**
 * Known surnames written with one vowel more, less or other in this article, alone: news spells one
 * foreign name several ways (बाइडन, बाइडेन), and the corpus may know only one of them. A looser
 * likeness of sound was tried: it read मुद्दे "issues" as Modi and ممثلي "representatives" as Mittal.
 */
export function soundAlikeSurnames(view: SentenceView, claimed: boolean[], surnames: ReadonlyMap<string, readonly string[]>, keep: (p: Phrase) => boolean): void {
  view.toks.forEach((tok, i) => {
    if (claimed[i] || tok.text.length < MIN_SOUND_ALIKE_LETTERS || !oneSoundAlike(tok, surnames)) return;
    if ([...tok.text].length < MIN_SOUND_ALIKE_LETTERS || isStopWord(tok.fold) || !nameWordOK(tok, view.toks[i - 1])) return;
    const p: Phrase = { first: i, end: i + 1, nameFirst: i, nameEnd: i + 1, clitic: 0, source: 'name', relational: false, possessive: false };
    if (!keep(p)) return;
    view.phrases.push(p);
    claimed[i] = true;
  });
}
