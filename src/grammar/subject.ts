/**
 * The subject of a sentence, when it is one named person: the first group of people not set off
 * by a case that is no subject's (Hindi से, को …) or by a preposition (English "with", Arabic مع).
 * The people analysis reads it for pronouns, the contact grammar for subjects left unsaid.
 */
import { packFor, perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';
import { groupPhrases } from './groups.ts';
import type { SentenceView } from './sentences.ts';

const PREPOSITIONS = perPack((pack) => new Set((pack.prepositions ?? []).map(foldTerm)));

/** The person who is the sentence's subject, when it is one person; `before` limits the search. */
export function sentenceSubject(view: SentenceView, before = Number.POSITIVE_INFINITY): number | undefined {
  const phrases = view.phrases.filter((p) => p.person !== undefined && p.end <= before);
  for (const group of groupPhrases(view.toks, phrases)) {
    const head = group.members[0]!;
    const lang = view.toks[head.first]!.lang;
    // Where the language marks case, a subject is ergative or plain; where it has prepositions, none precedes it.
    if (packFor(lang)?.cases && group.hindiCase !== 'ergative' && group.hindiCase !== 'nominative') continue;
    if (PREPOSITIONS(lang)?.has(view.toks[head.first - 1]?.fold ?? '')) continue;
    return group.members.length === 1 ? head.person : undefined;
  }
  return undefined;
}
