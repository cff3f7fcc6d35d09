/**
 * A person an article names by given name alone ("according to State Department spokesperson Tom",
 * "UN Secretary-General Antonio" at a cut line) whom other articles name in full. A surname alone
 * joins by surname-joins.ts; a given name is many more people's, so here the role must speak for
 * the join too: a group displayed by one distinctive word joins the group whose display starts with
 * that word letter for letter, when that group is named in clearly more articles than any other
 * starting with it, the two share no article (there they were told apart), and both give roles that
 * agree (near-display.ts `rolesAgree`: nationality and office). Without a role nothing joins.
 */
import { rolesAgree } from './near-display.ts';
import { DOMINANCE, wordsOf, type SurnameCandidate } from './surname-joins.ts';

/** What the join needs of a group: its display name, role and articles (as surname joins need). */
export type GivenNameCandidate = SurnameCandidate;

/* A given name must be this long to stand for one person: "Ali" and "Abu" are many people's, "Ned" of a spokesman one. */
const MIN_LETTERS = 3;

/**
 * For each candidate, the index of the candidate it joins (itself when none). `common`: folded name
 * words many people share (the packs' common name words: Mohammad, Abdul), which never join.
 * @example givenNameJoins([{ display: 'Ned Price', role: 'US spokesman', articles: new Set([1, 2, 3]) }, { display: 'Ned', role: 'spokesperson', articles: new Set([4]) }], new Set()) // [0, 0]
 */
export function givenNameJoins(candidates: readonly GivenNameCandidate[], common: ReadonlySet<string>): number[] {
  const into = candidates.map((_, i) => i);
  const byFirst = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const words = c.display ? wordsOf(c.display) : [];
    if (words.length >= 2) (byFirst.get(words[0]!) ?? byFirst.set(words[0]!, []).get(words[0]!)!).push(i);
  });
  candidates.forEach((c, i) => {
    const words = c.display ? wordsOf(c.display) : [];
    if (words.length !== 1 || words[0]!.length < MIN_LETTERS || common.has(words[0]!) || !c.role) return;
    const full = [...(byFirst.get(words[0]!) ?? [])].sort((x, y) => candidates[y]!.articles.size - candidates[x]!.articles.size);
    const best = full[0];
    if (best === undefined) return;
    const next = full[1];
    if (next !== undefined && candidates[best]!.articles.size < DOMINANCE * candidates[next]!.articles.size) return;
    const target = candidates[best]!;
    if ([...c.articles].some((n) => target.articles.has(n)) || !rolesAgree(c.role, target.role)) return;
    into[i] = best;
  });
  return into;
}
