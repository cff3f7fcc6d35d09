/**
 * A delegation met in one sentence and told who it was made of or led by in the next, in Arabic
 * news: "التقى X وفدا من الحركة في الدوحة. وضم الوفد Y وZ" (the delegation included Y and Z),
 * "وترأس الوفد Y", "ويرأس وفد الحركة Y", "وكان الوفد برئاسة Y". X met the people named: the one
 * person the earlier sentence names before the delegation word right after its contact verb, when
 * that sentence names no head of its own (else arabic-delegation.ts reads "الوفد" as that head).
 * Only a sentence opening with the delegation's verb counts: the delegation named again elsewhere
 * may be another.
 */
import { groupPhrases } from '../grammar/groups.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { HEADED_BY as ARABIC_HEADED_BY } from '../languages/arb/contacts.ts';
import { foldTerm } from '../text/normalize.ts';
import { pairClaims, type Claim } from './claim.ts';
import { findCues, kindOf } from './arabic-cues.ts';
import { has } from './arabic-words.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldTerm));

/* "Included", "was made up of", "headed", "led" (و taken off by the token's forms), and كان before "برئاسة". */
const MADE_OF = set('ضم تألف ترأس يرأس قاد يقود ترأسه ضمن كان');
const DELEGATION = set('الوفد وفد');
const HEADED_BY = set(ARABIC_HEADED_BY.join(' '));
/* Words that may stand between the delegation word and the first member: its owner ("وفد الحركة"),
   "كل من", the member's office and honorific set off by commas ("وضم وفد الحركة، وزير الخارجية الجديد، المولوي Y"). */
const MEMBERS_REACH = 8;
/* How many words after the contact verb the delegation met may stand ("التقى وزير الخارجية القطري الشيخ X، وفدا"). */
const OBJECT_REACH = 10;
/** How many sentences back the delegation may have been met: the latest one told within them is the one meant. */
const BACK = 4;
const DELEGATION_FORMS = /^(وفدا|وفد|بوفد|الوفد|بالوفد|والوفد)$/u;

/** Where a sentence opening "وضم الوفد", "وترأس وفد الحركة", "وكان الوفد برئاسة" names its first member, or -1. */
function membersAt(toks: readonly Tok[]): number {
  if (!has(toks[0], MADE_OF) || !/^و/u.test(toks[0]!.text) || !has(toks[1], DELEGATION)) return -1;
  // "وكان الوفد برئاسة Y": كان needs the word of heading.
  const headed = toks.slice(2, 6).findIndex((t) => has(t, HEADED_BY));
  if (has(toks[0], set('كان'))) return headed < 0 ? -1 : headed + 3;
  return 2;
}

/** The one person who met a delegation in `v` (its contact verb, then them, then "وفدا"), and the cue. */
function delegationMet(v: SentenceView): { claimFirst: number; person: ReturnType<typeof groupPhrases>[number]; kind: Claim['kind']; planned: boolean } | undefined {
  const { toks } = v;
  if (toks.some((t) => has(t, HEADED_BY))) return undefined;
  const groups = groupPhrases(toks, v.phrases);
  const cues = findCues(toks);
  for (const c of cues) {
    const d = toks.findIndex((t, k) => k >= c.end && k - c.end <= OBJECT_REACH && DELEGATION_FORMS.test(t.fold));
    if (d < 0) continue;
    const before = groups.filter((g) => g.end <= d);
    const people = new Set(groups.flatMap((g) => g.members.map((p) => p.person)));
    if (before.length !== 1 || before[0]!.members.length !== 1 || people.size !== 1) return undefined;
    return { claimFirst: c.i, person: before[0]!, kind: kindOf(toks, cues, c.i, d + 2, c), planned: c.planned };
  }
  return undefined;
}

/**
 * Contacts of the one who met a delegation with the people the next sentence says it was made of.
 * @example delegationMadeOfClaims(view, views) // "التقى X وفدا … . وضم الوفد Y" → X–Y
 */
export function delegationMadeOfClaims(view: SentenceView, views: readonly SentenceView[]): Claim[] {
  const at = membersAt(view.toks);
  if (at < 0) return [];
  const groups = groupPhrases(view.toks, view.phrases).filter((g) => g.first >= at);
  if (groups.length === 0 || groups[0]!.first - at > MEMBERS_REACH) return [];
  for (const v of views.slice(Math.max(0, view.order - BACK), view.order).reverse()) {
    if (v.article !== view.article) return [];
    if (!v.toks.some((t) => DELEGATION_FORMS.test(t.fold))) continue;
    // The latest delegation told is the one meant: met by one person there, or no contact.
    const met = delegationMet(v);
    if (!met) return [];
    const members = groups.flatMap((g) => g.members);
    return pairClaims(view, met.person.members, members, { kind: met.kind, planned: met.planned, first: 0, end: groups[groups.length - 1]!.end, subjectView: v, continues: true });
  }
  return [];
}
