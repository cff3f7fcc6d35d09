/**
 * One person written a little differently in different articles: news romanises and transliterates
 * a foreign name as it hears it (कजाकबायेव, कजाकबाएव; بوتسل, بوتزيل; एजेला, एंजेला मर्केल), and the
 * sound comparison of names.ts, strict so that unrelated names stay apart, refuses some of these
 * spellings. Once each group has a Latin display name and a role, two groups are one person when
 * they share no article, their display names share a long word and every other word is a letter or
 * two apart, and their roles agree: the same nationality where both give one, and the offices of one
 * contained in the other's ("foreign minister", "Kyrgyz foreign minister"). The role is what tells
 * "Mohammad Ali" from "Mohammad Alvi"; people without one are left apart.
 */
import { LEVENSHTEIN, nearStrings } from './near-strings.ts';
import { packFor } from '../languages/index.ts';
import { wordKey } from './names.ts';
import { otherShape } from './name-shapes.ts';

/** What the join needs of a group: its display name, role and articles. */
export interface NearCandidate {
  display?: string;
  role?: string;
  articles: ReadonlySet<number>;
  /** Per article, the scripts its mentions there are written in. */
  scripts: ReadonlyMap<number, ReadonlySet<string>>;
}

/* A shared word must be this long to bring two names together: "Ali", "Khan" are many people's. */
const MIN_SHARED_LETTERS = 4;

const lettersOf = (word: string): string => word.normalize('NFKD').replace(/[^\p{L}]/gu, '').toLowerCase();

function words(display: string): string[] {
  return display.split(/[\s\-‐]+/u).map(lettersOf).filter(Boolean);
}

/** Letters two spellings of one name word may differ by: none for short words, one from four letters, two from five, three from ten. */
function allowance(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n >= 10 ? 3 : n >= 5 ? 2 : n >= 4 ? 1 : 0;
}

function near(a: string, b: string): boolean {
  if (a === b) return true;
  const bound = allowance(a, b);
  if (bound === 0 || a[0] !== b[0]) return false;
  let found = false;
  nearStrings([a], b, bound, LEVENSHTEIN, () => (found = true));
  return found;
}

/* The formal given names an English short form stands for (Bill → William, Tom → Thomas); a short
 * form transliterated back from Hindi or Arabic ends in i where English writes y (टोनी Toni, Tony). */
function formalNames(word: string): readonly string[] {
  const forms = packFor('eng')?.shortForms;
  const found = forms?.get(word) ?? (word.endsWith('i') ? forms?.get(`${word.slice(0, -1)}y`) : undefined);
  return (found ?? []).map(lettersOf);
}

/** Whether two name words are one: near spellings, or a short form and the formal name it stands for (Bill Burns, William Burns). */
function alike(a: string, b: string): boolean {
  return near(a, b) || formalNames(a).some((f) => near(f, b)) || formalNames(b).some((f) => near(f, a));
}

/**
 * Whether two display names are one name spelt a little differently: same length, a long word
 * shared, the others near (or a short form of the other). `sameOffice`: the roles give one
 * nationality and one office, which stands in for the shared word when every word is long and
 * near (सिरोजिद्दीन मुहरिद्दीन, सिरोगुद्दीन मुहीद्दीन: Sirojiddin Muhriddin, Tajik foreign minister).
 */
export function nearNames(a: string, b: string, sameOffice = false): boolean {
  const [x, y] = [words(a), words(b)];
  if (otherShape(x, y, alike)) return true;
  if (x.length < 2 || x.length !== y.length) return false;
  const shared = x.some((w, i) => w === y[i] && w.length >= MIN_SHARED_LETTERS);
  if (!shared && !(sameOffice && x.every((w, i) => Math.min(w.length, y[i]!.length) >= LONG_WORD))) return false;
  return x.every((w, i) => alike(w, y[i]!) || (sameOffice && shared && skeletonsNear(w, y[i]!)));
}

/**
 * Whether two name words have consonant skeletons (names.ts `wordKey`) one consonant apart, the
 * longer of three or more: a vowel-initial or rare-letter name back-transliterated from Hindi or
 * Arabic may change its first letter and vowels wholesale (एजेला, أنجيلا: Ejela, Angela; ज़मीर,
 * جميل: Zamir, Jamil; غريفيث Gharifith, Griffiths). Asked only beside a shared long word and one
 * office of one nationality: Hamad and Tamim Al Thani, both emirs of Qatar, are two consonants apart.
 */
function skeletonsNear(a: string, b: string): boolean {
  const [ka, kb] = [wordKey(a), wordKey(b)];
  if (Math.min(ka.length, kb.length) < 2 || Math.max(ka.length, kb.length) < 3) return false;
  let found = ka === kb;
  if (!found) nearStrings([ka], kb, 1, LEVENSHTEIN, () => (found = true));
  return found;
}

/* Letters every word must have for two names with no word in common to be one: near short words are many people's. */
const LONG_WORD = 6;

/**
 * Whether two roles give the same nationality (or both none) and the same office: the same office
 * words, or one of the offices a role joins with "and" (the role text gathers the offices of every
 * mention of a person: "Russian special envoy and president" is also a "Russian special envoy").
 * A rank is not dropped: a "deputy foreign minister" is not the "foreign minister".
 */
function sameOffice(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [roleParts(a), roleParts(b)];
  // An office of an international body gives no nationality ("secretary-general", "high representative"):
  // both without one is one nationality too.
  if (x.nation !== y.nation || x.office.length === 0 || y.office.length === 0) return false;
  const [ox, oy] = [officesOf(x.office), officesOf(y.office)];
  return ox.some((o) => oy.includes(o));
}

/** The offices a role's office words name, split at "and". */
function officesOf(office: readonly string[]): string[] {
  return office.join(' ').split(/\s+and\s+/u).filter(Boolean);
}

/**
 * Whether two roles name one nationality's one office: a country has one president, one foreign
 * minister, so two near names holding it in one article are one person written two ways there
 * ("Russian President Vladimir Putin" … "Vladimir Putting").
 */
function oneNationalOffice(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && roleParts(a).nation !== '' && sameOffice(a, b);
}

/* Office words the packs' roles give one office under ("spokesperson" in English, "spokesman" from
 * Arabic; a "special representative" for a country is its "special envoy": Thomas West is both). */
const SAME_WORD: Readonly<Record<string, string>> = { spokesperson: 'spokesman', spokeswoman: 'spokesman', representative: 'envoy' };

/** A role's nationality (its capitalised words: "US", "Kyrgyz") and office words. */
function roleParts(role: string): { nation: string; office: string[] } {
  const ws = role.split(/\s+/u);
  return { nation: ws.filter((w) => /^\p{Lu}/u.test(w)).join(' '), office: ws.filter((w) => !/^\p{Lu}/u.test(w)).map((w) => SAME_WORD[w] ?? w) };
}

/** Whether the shorter list's words are all in the longer's. */
function subset(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/** Whether two roles can be one person's: nationality equal where both give one, one's office words all in the other's. */
export function rolesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [roleParts(a), roleParts(b)];
  // A role's capitalised words are its nationality and the bodies it names ("US CIA director",
  // "CIA director"): those of one must all be the other's.
  if (x.nation && y.nation && !subset(x.nation.split(' '), y.nation.split(' '))) return false;
  if (x.office.length === 0 || y.office.length === 0) return false;
  const [short, long] = x.office.length <= y.office.length ? [x.office, y.office] : [y.office, x.office];
  return short.every((w) => long.includes(w));
}

/**
 * For each candidate, the index of the candidate it joins (itself when none): pairs are found
 * through a shared long word, so the cost grows with the people sharing words, not with all pairs.
 * @example nearJoins([{ display: 'Ruslan Kajakbayev', role: 'Kyrgyz foreign minister', articles: new Set([1]) }, { display: 'Ruslan Kajakbaev', role: 'foreign minister', articles: new Set([2]) }]) // [0, 0]
 */
export function nearJoins(candidates: readonly NearCandidate[]): number[] {
  const into = candidates.map((_, i) => i);
  const root = (i: number): number => (into[i] === i ? i : (into[i] = root(into[i]!)));
  const articles = candidates.map((c) => new Set(c.articles));
  const byWord = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (!c.display || !c.role) return;
    for (const w of new Set(words(c.display))) if (w.length >= MIN_SHARED_LETTERS) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i);
    // ...and by role and the words' first letters, for names with no word in common (nearNames' sameOffice).
    const role = roleParts(c.role);
    if (role.nation) {
      const key = `${role.nation}|${role.office.join(' ')}|${words(c.display).map((w) => w[0]).join('')}`;
      (byWord.get(key) ?? byWord.set(key, []).get(key)!).push(i);
    }
  });
  for (const list of byWord.values()) {
    for (let x = 1; x < list.length; x++) {
      for (let y = 0; y < x; y++) {
        const [i, j] = [list[x]!, list[y]!];
        const [a, b] = [root(i), root(j)];
        if (a === b || !nearNames(candidates[i]!.display!, candidates[j]!.display!, sameOffice(candidates[i]!.role, candidates[j]!.role)) || !rolesAgree(candidates[i]!.role, candidates[j]!.role)) continue;
        // Two people of one article were told apart there, unless the article writes them in different
        // scripts (जबीउल्लाह मुजाहिद beside "Zabiullah Mujahid"), which it could not compare.
        // Names with the same first word (or its initial) holding one nationality's one office are one person even there:
        // a typo, or a name written in full and with initials.
        const told = (n: number): boolean => [...(candidates[i]!.scripts.get(n) ?? [])].some((x) => candidates[j]!.scripts.get(n)?.has(x));
        const [fi, fj] = [words(candidates[i]!.display!)[0]!, words(candidates[j]!.display!)[0]!];
        const typo = (fi === fj || (Math.min(fi.length, fj.length) === 1 && fi[0] === fj[0])) && oneNationalOffice(candidates[i]!.role, candidates[j]!.role);
        if (!typo && [...articles[a]!].some((n) => articles[b]!.has(n) && (told(n) || !candidates[i]!.articles.has(n) || !candidates[j]!.articles.has(n)))) continue;
        into[a] = b;
        for (const n of articles[a]!) articles[b]!.add(n);
      }
    }
  }
  return candidates.map((_, i) => root(i));
}
