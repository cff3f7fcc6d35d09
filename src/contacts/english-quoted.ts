/**
 * "“There we had talks with Y,” X told reporters", "“I met Y yesterday,” said X": a contact told in
 * the first person inside a quotation is its speaker's, named right after the quotation closes,
 * next to a verb of saying.
 */
import type { Group } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { SPEECH_WORDS, type CueAt } from './cues.ts';
import * as G from '../languages/eng/grammar.ts';

const FIRST_PERSON = new Set(G.FIRST_PERSON);
/** Words between the pronoun and the contact word ("we had talks", "I also spoke"). */
const PRONOUN_REACH = 3;
/** Words between the closing quotation mark and the speaker (",” Pakistan's ambassador X said"). */
const SPEAKER_REACH = 4;
const OPENING = /[“"«]/u;
const CLOSING = /[”"»]/u;

/** The speaker of the quotation holding a first-person contact word, if named after it. */
export function quotedSpeaker(view: SentenceView, groups: readonly Group[], c: CueAt): Group | undefined {
  const { toks, sentence } = view;
  const gap = (k: number): string => sentence.text.slice(toks[k - 1]!.end - sentence.start, toks[k]!.start - sentence.start);
  let p = c.i - 1;
  while (p > c.i - 1 - PRONOUN_REACH && p >= 0 && !FIRST_PERSON.has(toks[p]!.fold)) p--;
  if (p < 0 || !FIRST_PERSON.has(toks[p]!.fold) || !OPENING.test(sentence.text.slice(0, toks[p]!.start - sentence.start))) return undefined;
  const close = toks.findIndex((t, k) => k > c.i && t.breakBefore && CLOSING.test(gap(k)));
  if (close < 0) return undefined;
  const speech = SPEECH_WORDS('eng')!;
  const g = groups.find((g) => g.first >= close && g.first - close <= SPEAKER_REACH);
  return g && (speech.has(toks[g.end]?.fold ?? '') || speech.has(toks[g.first - 1]?.fold ?? '')) ? g : undefined;
}
