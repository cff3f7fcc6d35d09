/**
 * "A delegation comprising X and Y arrived … The delegates were received by Z": a noun naming the
 * delegation again stands for the people it was told to be made of, or led by, in the same sentence
 * before it or the few sentences before (pack fields `coreference.delegationNouns` and
 * `delegationMembers`; `delegationLeaders` for a leader told before the delegation word: "X के
 * नेतृत्व में एक प्रतिनिधिमंडल … पहुंचा। प्रतिनिधिमंडल ने Y से मुलाकात की", "X led a delegation to …"). Arabic "الوفد" after "برئاسة X" is read by arabic-delegation.ts.
 */
import { groupPhrases } from '../grammar/groups.ts';
import { PackPhrases } from '../grammar/phrases.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { perPack } from '../languages/index.ts';
import { foldTerm } from '../text/normalize.ts';

export const DELEGATION_NOUNS = new PackPhrases<true>((pack) => (pack.coreference?.delegationNouns ?? []).map((w) => [w, true] as const));
const MEMBERS = new PackPhrases<true>((pack) => (pack.coreference?.delegationMembers ?? []).map((w) => [w, true] as const));
const DELEGATION_WORDS = perPack((pack) => new Set((pack.coreference?.delegationWords ?? []).map(foldTerm)));
const LEADERS = new PackPhrases<true>((pack) => (pack.coreference?.delegationLeaders ?? []).map((w) => [w, true] as const));
/** How many words may stand between a leader's phrase and the delegation word ("X के नेतृत्व में तालिबान का एक प्रतिनिधिमंडल"). */
const LEADER_REACH = 4;
/** The most words of a leader's phrase ("की अगुवाई वाले"). */
const LEADER_WORDS = 3;
/** How many sentences back the delegation may have been told. */
const REACH = 3;
/** How many words may stand between the delegation word and the word naming its members ("a Saudi delegation comprising"). */
const MEMBERS_REACH = 3;
/** How many words of an office may stand between that word and the first member. */
const OFFICE_REACH = 8;
/** Words of a name left unread before the "and" of the next member, and that "and". */
const NAME_TAIL = 3;
const AND = perPack((pack) => new Set(pack.and.map(foldTerm)));

/**
 * The people leading the delegation word at `k` from before it: the one group of people right before
 * a leader's phrase that ends a few words before it, in the same clause ("X के नेतृत्व में एक
 * प्रतिनिधिमंडल", "X led a Taliban delegation").
 */
function leadersBefore(view: SentenceView, k: number): number[] {
  const { toks } = view;
  for (let j = k - 1; j >= Math.max(0, k - 1 - LEADER_REACH - LEADER_WORDS); j--) {
    if (toks[j + 1]!.breakBefore) return [];
    const m = LEADERS.match(toks, j);
    if (!m || m.end > k || k - m.end > LEADER_REACH) continue;
    const group = groupPhrases(toks, view.phrases).find((g) => g.end === j);
    return group ? [...new Set(group.members.map((p) => p.person).filter((p) => p !== undefined))] : [];
  }
  return [];
}

/** The people a delegation told in `view` before token `before` is made of or led by, the latest one. */
function membersIn(view: SentenceView, before: number): number[] {
  const { toks } = view;
  let found: number[] = [];
  for (let k = 0; k < Math.min(before, toks.length); k++) {
    if (!DELEGATION_WORDS(toks[k]!.lang)?.has(toks[k]!.fold)) continue;
    const leaders = leadersBefore(view, k);
    if (leaders.length > 0) {
      found = leaders;
      continue;
    }
    for (let j = k + 1; j <= k + 1 + MEMBERS_REACH && j < before; j++) {
      const m = MEMBERS.match(toks, j);
      if (!m) continue;
      // The first people after it, an office of the first one's between allowed ("comprising Saudi Arabia's Afghan affairs head Prince X and Y").
      const groups = groupPhrases(toks, view.phrases);
      let at = groups.findIndex((g) => g.first >= m.end && g.first - m.end <= OFFICE_REACH && !toks.slice(m.end, g.first + 1).some((t, i) => i > 0 && t.breakBefore));
      const people: number[] = [];
      // A name's last words the recogniser left out may stand before the "and" of the next member ("… bin Saud al-Kabir and Prince Y").
      for (let prev: number | undefined; at >= 0 && at < groups.length; prev = groups[at]!.end, at++) {
        const g = groups[at]!;
        if (prev !== undefined && !(g.first - prev <= NAME_TAIL && AND(toks[g.first - 1]!.lang)?.has(toks[g.first - 1]!.fold) && !toks.slice(prev, g.first).some((t) => t.breakBefore))) break;
        people.push(...g.members.map((p) => p.person).filter((p) => p !== undefined));
      }
      if (people.length > 0) found = [...new Set(people)];
      break;
    }
  }
  return found;
}

/** The people a delegation noun at token `at` of `view` stands for, or none. */
export function delegationMembers(view: SentenceView, views: readonly SentenceView[], at: number): number[] {
  const here = membersIn(view, at);
  if (here.length > 0 || leadersBefore(view, at).length > 0) return [];
  for (const v of views.slice(Math.max(0, view.order - REACH), view.order).reverse()) {
    const members = membersIn(v, v.toks.length);
    if (members.length > 0) return view.phrases.some((p) => p.person !== undefined && members.includes(p.person)) ? [] : members;
  }
  return [];
}
