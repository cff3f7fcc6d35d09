/**
 * Where a Hindi clause stops for the contact grammar: a subordinate clause ("कि", "लेकिन") or a
 * quotation between two words means they are not read as one statement.
 */
import { foldedSet as set } from './cues.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { CONTACT_GRAMMAR_WORDS as W } from '../languages/hin/grammar-words.ts';

export const CLAUSE_BREAKS = set(W.clauseBreaks);

const QUOTE = /["“”‘’'«»]/u;

/** Whether a subordinate clause ("कि") or a quotation starts between tokens `from` and `to`. */
export function breakBetween(view: SentenceView, from: number, to: number): boolean {
  const { toks } = view;
  for (let k = Math.max(from, 1); k <= to && k < toks.length; k++) {
    if (k < to && CLAUSE_BREAKS.has(toks[k]!.fold)) return true;
    if (QUOTE.test(view.paragraph.text.slice(toks[k - 1]!.end, toks[k]!.start))) return true;
  }
  return false;
}
