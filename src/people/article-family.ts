/**
 * Arabic family names written with the article after given names (نايف الحجرف, فيصل
 * المقداد, محمد الباز, وليد المعلم). The article otherwise ends a name after a title, since a
 * common noun with it often follows the name (بحث الشيخ تميم الأوضاع, the object); the family name
 * is read only after a common Arabic given name, and where nothing can follow a name but the
 * predicate: punctuation, إن/أن or a verb of saying ("وقال الأمين العام نايف الحجرف إن …").
 */
import { NATION_WORDS } from '../grammar/nations.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import type { Tok } from '../grammar/tokens.ts';
import { isDateWord, nameWordOK } from '../grammar/words.ts';
import { packFor } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';

/* Words after which a name has ended: "that" and the relative pronoun. */
const AFTER_NAME = new Set(['إن', 'أن', 'إنه', 'أنه', 'الذي', 'التي'].map(foldTerm));
/* Letters of the shortest family word with its article (الباز). */
const MIN_LETTERS = 5;

/**
 * The end of a name from `j` that stopped at `k`, taken one word further when the word at `k` is the
 * family name with the article of the given names before it (see above).
 * @example articleFamilyEnd(sentenceTokens('وقال الأمين العام نايف الحجرف إن', 0, 'arb'), 3, 4) // 5
 */
export function articleFamilyEnd(toks: readonly Tok[], j: number, k: number): number {
  const [given, family, after] = [toks[j], toks[k], toks[k + 1]];
  // The given names before it may be a chain of fathers' names (نايف فلاح مبارك الحجرف).
  const before = toks[k - 1];
  if (k <= j || !given || !before || !family || family.lang !== 'arb' || given.lang !== 'arb' || family.breakBefore) return k;
  if (given.fold.startsWith('ال') || before.fold.startsWith('ال') || !family.fold.startsWith('ال') || [...family.fold].length < MIN_LETTERS) return k;
  // Only an Arab name: its first word a common Arabic given name (a foreign one is followed by its
  // object: "زار مسؤول الشؤون الخارجية فيليب مارتان العاصمة").
  if (!packFor('arb')?.nameWordsLatin?.has(given.fold)) return k;
  if (isDateWord(family) || TITLE_WORDS.match(toks, k) || NATION_WORDS.match(toks, k)) return k;
  // The word without its article must be one a name may hold (no stop word, verb or news noun).
  const stem = family.fold.slice(2);
  // A listed name word with the article is read by the pack (الصباح); one listed only for spelling is a common word (الطيب, the good).
  if (packFor('arb')?.nameWordsLatin?.has(stem)) return k;
  if (!nameWordOK({ ...family, text: family.text.slice(2), fold: stem, forms: [stem], clitics: [0] }, given)) return k;
  // Not the sentence's end: an object ends it as often ("… العاصمة.").
  const ended = after !== undefined && (after.breakBefore || AFTER_NAME.has(after.fold) || (packFor('arb')?.contacts?.speech ?? []).some((v) => after.forms.includes(foldTerm(v))));
  return ended ? k + 1 : k;
}
