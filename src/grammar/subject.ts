/**
 * The subject of a sentence, when it is one named person: the first group of people not set off
 * by a case that is no subject's (Hindi से, को …) or by a preposition (English "with", Arabic مع).
 * The people analysis reads it for pronouns, the contact grammar for subjects left unsaid.
 */
import { packFor, perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { groupPhrases, type Group } from './groups.ts';
import type { Phrase } from './phrase.ts';
import type { SentenceView } from './sentences.ts';

const PREPOSITIONS = perPack((pack) => new Set((pack.prepositions ?? []).map(foldTerm)));

/** Whether a group of people may be its clause's subject: where the language marks case, it is ergative or plain; where it has prepositions, none precedes it. */
function subjectLike(view: SentenceView, group: Group): boolean {
  const head = group.members[0]!;
  const lang = view.toks[head.first]!.lang;
  if (packFor(lang)?.cases && group.hindiCase !== 'ergative' && group.hindiCase !== 'nominative') return false;
  return !PREPOSITIONS(lang)?.has(view.toks[head.first - 1]?.fold ?? '');
}

/** The person who is the sentence's subject, when it is one person; `before` limits the search. */
export function sentenceSubject(view: SentenceView, before = Number.POSITIVE_INFINITY): number | undefined {
  const phrases = view.phrases.filter((p) => p.person !== undefined && p.end <= before);
  for (const group of groupPhrases(view.toks, phrases)) {
    if (subjectLike(view, group)) return group.members.length === 1 ? group.members[0]!.person : undefined;
  }
  return undefined;
}

/** Whether a person phrase stands where a subject may: after no preposition, in no object's case ("call on Prime Minister X", "X से"). */
export function maySubject(view: SentenceView, phrase: Phrase): boolean {
  const group = groupPhrases(view.toks, view.phrases.filter((p) => p.person !== undefined)).find((g) => g.members.includes(phrase));
  return group === undefined || subjectLike(view, group);
}
