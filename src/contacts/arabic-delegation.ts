/**
 * "وصل وفد من طالبان برئاسة X إلى أنقرة … ومن المتوقع أن يلتقي الوفد مع Y": the delegation named
 * again with the article stands for the one it is headed by, told before in the article ("برئاسة
 * X", "بقيادة X", "يرأسه X"), or for the one member named with it ("بمن فيهم X", "يضم X"). The
 * latest such head is taken; "الوفد برئاسة Z" names its own head and is left to the grammar.
 */
import type { Phrase } from '../grammar/phrase.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { HEADED_BY as ARABIC_HEADED_BY } from '../languages/arb/contacts.ts';
import { foldTerm } from '../text/normalize.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

const THE_DELEGATION = set('الوفد');
const HEADED_BY = set(ARABIC_HEADED_BY.join(' '));
/* How far after the delegation its own head may be named ("الوفد الأفغاني برئاسة Z"). */
const OWN_HEAD_REACH = 4;

/** The delegation word's proclitic letters (والوفد, بالوفد), or -1 if the word is no "الوفد". */
function delegationClitic(tok: Tok): number {
  const form = tok.forms.find((f) => THE_DELEGATION.has(f));
  return form === undefined ? -1 : tok.fold.length - form.length;
}

/*
 * "وفد … بمن فيهم X" (including X), "وفد يضم X" (made up of X): a member named alone stands for
 * the delegation as its head does.
 */
const INCLUDING = set('فيهم يضم تضم يضمان');

/** The person a "headed by" or "including" word names right after it in the sentence, before token `before`. */
function headIn(view: SentenceView, before: number): number | undefined {
  let head: number | undefined;
  view.toks.forEach((tok, k) => {
    if (k >= before || !tok.forms.some((f) => HEADED_BY.has(f) || INCLUDING.has(f))) return;
    const p = view.phrases.find((p) => p.first === k + 1 && p.person !== undefined);
    if (p) head = p.person;
  });
  return head;
}

/** The head of the latest delegation told before token `k` of the view, in it or the sentences before. */
function headBefore(view: SentenceView, views: readonly SentenceView[], k: number): number | undefined {
  const here = headIn(view, k);
  if (here !== undefined) return here;
  for (let o = view.order - 1; o >= 0; o--) {
    const v = views[o];
    const head = v && headIn(v, v.toks.length);
    if (head !== undefined) return head;
  }
  return undefined;
}

/**
 * Phrases for "الوفد" (the delegation) standing for its head, to read with the sentence's others.
 * @example delegationPhrases(view, views) // "أن يلتقي الوفد مع Y" after "وفد برئاسة X" → a phrase for X
 */
export function delegationPhrases(view: SentenceView, views: readonly SentenceView[]): Phrase[] {
  const { toks } = view;
  const out: Phrase[] = [];
  toks.forEach((tok, k) => {
    const clitic = delegationClitic(tok);
    if (clitic < 0 || view.phrases.some((p) => p.first <= k && k < p.end)) return;
    if (toks.slice(k + 1, k + 1 + OWN_HEAD_REACH).some((t) => t.forms.some((f) => HEADED_BY.has(f)))) return;
    const person = headBefore(view, views, k);
    // The head named in this very sentence is read as named; the delegation adds no one.
    if (person === undefined || view.phrases.some((p) => p.person === person)) return;
    out.push({ first: k, end: k + 1, nameFirst: k, nameEnd: k, clitic, source: 'pronoun', relational: false, possessive: false, person });
  });
  return out;
}
