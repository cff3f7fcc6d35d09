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
const AND = perPack((pack) => new Set(pack.and.map(foldTerm)));
/* Words that may open a person's phrase before its title: possessives and articles. */
const LEADERS = perPack((pack) => new Set([...pack.possessives, ...(pack.determiners ?? [])].map(foldTerm)));

/** Whether a group of people may be its clause's subject: where the language marks case, it is ergative or plain; where it has prepositions, none precedes it. */
export function subjectLike(view: SentenceView, group: Group): boolean {
  const head = group.members[0]!;
  const lang = view.toks[head.first]!.lang;
  if (packFor(lang)?.cases && group.hindiCase !== 'ergative' && group.hindiCase !== 'nominative') return false;
  // "with his Tajik counterpart X", "on the President": a possessive or an article may stand between.
  // "and the ambassador X" opens a new clause's subject.
  let k = head.first - 1;
  while (k >= 0 && LEADERS(lang)?.has(view.toks[k]!.fold)) k--;
  const word = view.toks[k]?.fold ?? '';
  return !PREPOSITIONS(lang)?.has(word) || (k < head.first - 1 && AND(lang)?.has(word) === true);
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
