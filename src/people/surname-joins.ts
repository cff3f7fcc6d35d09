/**
 * A person an article names by surname alone ("كابولوف", "बरादर", "Balkhi") whom other articles
 * name in full. registry.ts joins a one-word name to the one person whose longer name ends in it;
 * when two longer names end in it, it stays apart, so a person the corpus knows well is listed
 * twice wherever an article is terse. Here, once every group has a Latin display name, a group
 * displayed by one distinctive word joins the group whose display ends in that word letter for
 * letter, when that group is named in clearly more articles than any other ending in it (the
 * others being rarer spellings of the same or of a rarely named person), and the two share no
 * article (there they were told apart) and no nationality disagrees.
 */

/** What the join needs of a group: its display name, role and articles. */
export interface SurnameCandidate {
  display?: string;
  role?: string;
  articles: ReadonlySet<number>;
}

/* A surname must be this long to stand for one person: "Ali", "Shah" are many people's. */
const MIN_LETTERS = 5;
/* The group a surname joins must be named in this many times as many articles as the next. */
export const DOMINANCE = 3;

export const lettersOf = (word: string): string => word.normalize('NFKD').replace(/[^\p{L}]/gu, '').toLowerCase();
export const wordsOf = (display: string): string[] => display.split(/\s+/u).map(lettersOf).filter(Boolean);

/** A role's nationality: its capitalised words ("US", "Kyrgyz"), empty when it gives none. */
const nationOf = (role: string | undefined): string => (role ?? '').split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).join(' ');

/**
 * For each candidate, the index of the candidate it joins (itself when none). `common`: folded name
 * words many people share (the packs' common name words: Khan, Ghani), which never join.
 * @example surnameJoins([{ display: 'Zamir Kabulov', articles: new Set([1, 2, 3]) }, { display: 'Kabulov', articles: new Set([4]) }], new Set()) // [0, 0]
 */
export function surnameJoins(candidates: readonly SurnameCandidate[], common: ReadonlySet<string>): number[] {
  const into = candidates.map((_, i) => i);
  const byLast = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const words = c.display ? wordsOf(c.display) : [];
    if (words.length >= 2) (byLast.get(words[words.length - 1]!) ?? byLast.set(words[words.length - 1]!, []).get(words[words.length - 1]!)!).push(i);
  });
  candidates.forEach((c, i) => {
    const words = c.display ? wordsOf(c.display) : [];
    if (words.length !== 1 || words[0]!.length < MIN_LETTERS || common.has(words[0]!)) return;
    const full = [...(byLast.get(words[0]!) ?? [])].sort((x, y) => candidates[y]!.articles.size - candidates[x]!.articles.size);
    const best = full[0];
    if (best === undefined) return;
    const next = full[1];
    if (next !== undefined && candidates[best]!.articles.size < DOMINANCE * candidates[next]!.articles.size) return;
    const target = candidates[best]!;
    if ([...c.articles].some((n) => target.articles.has(n))) return;
    const [mine, theirs] = [nationOf(c.role), nationOf(target.role)];
    if (mine && theirs && mine !== theirs) return;
    into[i] = best;
  });
  return into;
}
