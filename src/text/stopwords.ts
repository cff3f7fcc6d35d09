/**
 * Stop words of Hindi, Arabic and English (stopwords-iso), in folded form so that they are recognised
 * whatever the spelling variant. They are left out of the index and of queries: they occur in every
 * paragraph and would only add noise and posting-list size.
 */
import { createRequire } from 'node:module';
import { stripArticle } from './arabicClitics.ts';
import { foldTerm } from './normalize.ts';

const require = createRequire(import.meta.url);
const lists = require('stopwords-iso') as Record<string, string[]>;

const STOP_WORDS = new Set<string>();
for (const code of ['hi', 'ar', 'en']) {
  for (const w of lists[code] ?? []) STOP_WORDS.add(foldTerm(w));
}

/**
 * Whether a folded term is a stop word.
 * @example isStopWord(foldTerm('के')) // true
 * @example isStopWord(foldTerm('لافروف')) // false
 */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded) || STOP_WORDS.has(stripArticle(folded));
}
