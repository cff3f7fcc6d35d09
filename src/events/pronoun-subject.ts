/**
 * A sentence opening with a subject pronoun ("He left for Doha on Tuesday", "उन्होंने बुधवार को …
 * का दौरा किया") tells what the person the sentence before named first did: the pronoun is
 * that person's mention for the happening's roles (a happening needs someone who acted). Only in
 * the same paragraph or the one right before (news often gives a sentence a paragraph), only a
 * singular person pronoun, and only at the opening (after at most one connective: "Later, he …").
 */
import type { SentenceView } from '../grammar/sentences.ts';
import type { MentionRef } from '../people/types.ts';
import { happeningWords } from './function-words.ts';
import type { Participant } from './types.ts';


export interface PersonAtRef {
  ref: MentionRef;
  participant: Participant;
}

/** The pronoun opening `view` as a mention of the first person `previous` names, if any. */
export function pronounSubject(view: SentenceView, previous: SentenceView | undefined, previousPeople: readonly PersonAtRef[]): PersonAtRef | undefined {
  if (!previous || previous.article !== view.article || view.paragraph.number - previous.paragraph.number > 1) return undefined;
  const { connectives, subjectPronouns } = happeningWords(view.lang);
  const at = connectives.has(view.toks[0]?.fold ?? '') ? 1 : 0;
  const tok = view.toks[at];
  if (!tok || !subjectPronouns.has(tok.fold)) return undefined;
  const first = [...previousPeople].sort((a, b) => a.ref.start - b.ref.start)[0];
  if (!first) return undefined;
  return { participant: first.participant, ref: { article: view.article.number, paragraph: view.paragraph.number, start: tok.start, end: tok.end, text: tok.text } };
}
