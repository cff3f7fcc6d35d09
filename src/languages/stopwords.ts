/**
 * Stop words of every language pack, in folded form so that they are recognised whatever the
 * spelling variant. They are left out of the index and of queries: they occur in every paragraph
 * and would only add noise and posting-list size. Search reads words without their paragraph, so
 * the lists are joined (each is in its own script, so they do not collide).
 */
import { stripArticle } from '../text/arabicClitics.ts';
import { foldTerm } from '../text/normalize.ts';
import { allPacks, packsVersion } from './index.ts';

let folded: { version: number; words: Set<string> } | undefined;

function stopWords(): Set<string> {
  if (folded?.version !== packsVersion()) folded = { version: packsVersion(), words: new Set(allPacks().flatMap((p) => p.stopWords.map(foldTerm))) };
  return folded.words;
}

/**
 * Whether a folded term is a stop word.
 * @example isStopWord(foldTerm('के')) // true
 * @example isStopWord(foldTerm('لافروف')) // false
 */
export function isStopWord(folded: string): boolean {
  const words = stopWords();
  return words.has(folded) || words.has(stripArticle(folded));
}
