/**
 * Most sentences report nothing, so the event build first asks `mayReport` whether any word of
 * the sentence can open a trigger phrase, and never reads roles or dates the others. It looks the
 * words' forms up in the set of the trigger lexicon's first words: the sentence's words are
 * needed anyway for every sentence that passes (most do), and a set lookup per word costs far
 * less than scanning the sentence text for any of the lexicon's thousands of spellings.
 */
import type { SentenceView } from '../grammar/sentences.ts';
import { TRIGGERS } from '../grammar/triggers.ts';

/**
 * Whether a word of the sentence (with or without an Arabic clitic) is the first word of a
 * trigger: a superset of the sentences the trigger lexicon matches.
 * @example mayReport(articleSentences(article)[0]) // true for "तालिबान ने काबुल पर कब्ज़ा किया"
 */
export function mayReport(view: SentenceView): boolean {
  // Asked each time: the set follows the registered packs (kept until a pack is added or removed).
  const firstWords = TRIGGERS.firstWords();
  for (const tok of view.toks) for (const form of tok.forms) if (firstWords.has(form)) return true;
  return false;
}
