/**
 * The canonical person as stored: a display name in Latin letters, native spellings as the
 * articles write them, the role the text gives, and where the person is named.
 */
import { nativeDisplayName, onePatronymic } from './display.ts';
import type { LatinVocabulary } from './corpus-spellings.ts';
import { nameForm, sameName, wordKey, type NameForm } from './names.ts';
import { scriptOf } from '../text/normalize.ts';
import { slugOf } from './gazetteer.ts';
import type { LocalPerson, RoleUse } from './local-people.ts';
import { type Group } from './registry.ts';
import { nearJoins } from './near-display.ts';
import { nationalNameWords, nationalSpelling } from './national-spellings.ts';
import { surnameJoins } from './surname-joins.ts';
import { givenNameJoins } from './given-name-joins.ts';
import { allPacks } from '../languages/index.ts';
import type { MentionRef, Person } from './types.ts';
import { capitalise, countBy, latinDisplay, mostCommon, nameSize, nativeForDisplay, ownLatinWords, spellingToShow, writtenSpellings, type Written } from './display-spelling.ts';

/** One article's people and where each is named. */
export interface ArticlePeople {
  article: number;
  people: LocalPerson[];
  /** Name mentions (and role mentions of people known only by role), by local person index. */
  mentions: Array<{ person: number; ref: MentionRef }>;
}


/** Spellings, fullest name first, then the most used. */
function rankSpellings(texts: string[]): string[] {
  const counts = countBy(texts, (t) => t);
  const words = (t: string): number => t.split(/\s+/u).length;
  return [...counts.keys()].sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)! || a.localeCompare(b));
}

/**
 * The role to show: what the text says with a nationality, else the gazetteer's, else what the
 * text says without one, else a relational role ("Mongolian counterpart").
 */
function chooseRole(uses: RoleUse[], listed: string | undefined): string | undefined {
  const score = (r: RoleUse): number => (r.relational ? 0 : r.nationality ? 3 : 1);
  const counts = countBy(uses, (r) => r.role);
  const best = [...uses].sort((a, b) => score(b) - score(a) || counts.get(b.role)! - counts.get(a.role)! || b.role.length - a.role.length)[0];
  if (listed && (!best || score(best) < 3)) return listed;
  return best?.role;
}

/** A spelling's words that are not initials, and its initials ("S. Jaishankar": 1 and 1). */
/** What a group of article-local people shows: its mentions, spellings, role and display name. */
interface Described {
  mentions: MentionRef[];
  spellings: string[];
  native: string[];
  role?: string;
  /** The display name written from the text, when the group is named. */
  fromText?: string;
}

function describe(group: Group, articles: ArticlePeople[], vocabulary: LatinVocabulary): Described {
  const mentions: MentionRef[] = [];
  const roles: RoleUse[] = [];
  const nationalities: string[] = [];
  let named = false;
  for (const [a, p] of group.members) {
    const article = articles[a]!;
    const local = article.people[p]!;
    named ||= local.names.length > 0;
    roles.push(...local.roles);
    if (local.nationality) nationalities.push(local.nationality);
    for (const m of article.mentions) if (m.person === p) mentions.push(m.ref);
  }
  const texts = named ? mentions.map((m) => m.text) : [];
  const spellings = rankSpellings(texts);
  const native = spellings.filter((s) => scriptOf(s) !== 'latin');
  const latin = spellings.filter((s) => scriptOf(s) === 'latin');
  const role = chooseRole(roles, group.gazetteer?.role);
  // Worked out only for a person whose fullest name has a shorter end to weigh against it.
  let spelled: Written | undefined;
  const written = (): Written => (spelled ??= writtenSpellings(named ? mentions : []));
  // A native given name read as one of the packs' common name words (محمد Mohammed, मोहम्मद Mohammad).
  const common = (word: string): boolean => spelledNameWords().has(foldLatin(nativeDisplayName(word, vocabulary)));
  const shown = spellingToShow(latinDisplay(latin, written), nativeForDisplay(native, written), latin.find((l) => nameSize(l)[1] > 0 && nameSize(l)[0] > 0), common, written);
  const bothScripts = native.some((s) => scriptOf(s) === 'arabic') && native.some((s) => scriptOf(s) === 'devanagari');
  const nationality = mostCommon(nationalities);
  // The press spells some name words by the person's country whatever one article writes (an
  // Iranian's Hossein where an English line has "Hussein"), as it does for native spellings.
  const fromText = shown && (shown.latin ? onePatronymic(shown.text.split(' ')).map((w) => nationalSpelling(w, nationality)).join(' ') : nativeDisplayName(withNukta(shown.text, native), vocabulary, bothScripts, ownLatinWords(latin), nationality));
  return { mentions, spellings, native, ...(role ? { role } : {}), ...(fromText ? { fromText } : {}) };
}

const NUKTA = /\u093C/gu;
const withoutNukta = (word: string): string => word.normalize('NFD').replace(NUKTA, '');

/**
 * A Devanagari spelling with each word as another spelling of the person writes it with a nukta,
 * which tells the z and f of a foreign name from j and ph (जवाद जरीफ with ज़रीफ़: Zarif).
 * @example withNukta('जवाद जरीफ', ['जवाद ज़रीफ़']) // 'जवाद ज़रीफ़'
 */
export function withNukta(text: string, spellings: readonly string[]): string {
  const dotted = new Map<string, string>();
  for (const w of spellings.flatMap((t) => t.split(/\s+/u))) if (w.normalize('NFD').includes('\u093C')) dotted.set(withoutNukta(w), w);
  if (dotted.size === 0) return text;
  return text
    .split(' ')
    .map((w) => dotted.get(withoutNukta(w)) ?? w)
    .join(' ');
}

/** A display name of two or more words besides initials, by which groups may be joined. */
function joinableName(d: Described, group: Group): NameForm | undefined {
  if (group.gazetteer || !d.fromText) return undefined;
  const form = nameForm(d.fromText);
  return form.words.length >= 2 ? form : undefined;
}

/** Two groups joined as one person: the first's fields, both's names and members (described again later). */
const mergedGroup = (a: Group, b: Group): Group => ({ ...a, names: [...a.names, ...b.names], members: [...a.members, ...b.members] });

/**
 * Groups whose display names are the same name (names.ts) and who share no article are one
 * person: spellings no sound comparison joins across scripts (अब्दुल गनी बरादर, عبدالغني برادر)
 * are romanised alike once each script's name words are known ("Abdul Ghani Baradar"). Two
 * people of one article were told apart there, and stay apart unless their display names are the same letters.
 */
function joinSameDisplay(groups: Group[], described: Described[]): Array<{ group: Group; described?: Described }> {
  const byKey = new Map<string, number[]>();
  const forms = groups.map((g, i) => joinableName(described[i]!, g));
  forms.forEach((form, i) => {
    if (!form) return;
    const key = form.words.map(wordKey).join(' ');
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
  });
  const into = groups.map((_, i) => i);
  const root = (i: number): number => (into[i] === i ? i : (into[i] = root(into[i]!)));
  const articlesOf = (i: number): Set<number> => new Set(described[i]!.mentions.map((m) => m.article));
  for (const list of byKey.values()) {
    for (let x = 1; x < list.length; x++) {
      for (let y = 0; y < x; y++) {
        const [a, b] = [root(list[x]!), root(list[y]!)];
        if (a === b || !sameName(forms[list[x]!]!, forms[list[y]!]!)) continue;
        // Two people of one article were told apart there, unless their display names are one name
        // letter for letter: then the article wrote one name two ways (عبد الله, عبدالله) or in two
        // scripts (लॉयड ऑस्टिन, "Lloyd Austin") that its own comparison could not join.
        const seen = articlesOf(a);
        const same = described[list[x]!]!.fromText!.toLowerCase() === described[list[y]!]!.fromText!.toLowerCase();
        if (!same && [...articlesOf(b)].some((n) => seen.has(n))) continue;
        into[a] = b;
        // The joined group's articles count for the next comparison.
        described[b] = { ...described[b]!, mentions: [...described[b]!.mentions, ...described[a]!.mentions] };
      }
    }
  }
  // A joined group is described again from all its members; the others keep their description.
  const out = new Map<number, { group: Group; described?: Described }>();
  groups.forEach((g, i) => {
    const r = root(i);
    const entry = out.get(r);
    if (!entry) out.set(r, { group: g, described: described[i] });
    else out.set(r, { group: mergedGroup(entry.group, g) });
  });
  return [...out.values()];
}

function scriptsByArticle(mentions: readonly MentionRef[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const m of mentions) (out.get(m.article) ?? out.set(m.article, new Set()).get(m.article)!).add(scriptOf(m.text));
  return out;
}

/** What the joins of near-display.ts and surname-joins.ts compare of a group: its display from the text (none for a gazetteer person), role, articles, scripts. */
function joinCandidate(group: Group, described: Described) {
  return {
    ...(group.gazetteer ? {} : { display: described.fromText }),
    role: described.role,
    articles: new Set(described.mentions.map((m) => m.article)),
    scripts: scriptsByArticle(described.mentions),
  };
}

/** Groups one person's spellings a letter or two apart split (near-display.ts), joined and described again. */
function joinNearDisplay(entries: Array<{ group: Group; described?: Described }>, articles: ArticlePeople[], vocabulary: LatinVocabulary): Array<{ group: Group; described?: Described }> {
  const described = entries.map((e) => e.described ?? describe(e.group, articles, vocabulary));
  const roots = nearJoins(
    entries.map((e, i) => joinCandidate(e.group, described[i]!)),
  );
  const out = new Map<number, { group: Group; described?: Described }>();
  entries.forEach((e, i) => {
    const r = roots[i]!;
    const entry = out.get(r);
    if (!entry) out.set(r, { group: e.group, described: described[i] });
    else out.set(r, { group: mergedGroup(entry.group, e.group) });
  });
  return [...out.values()];
}

/* Folded name words many people share (the packs' common name words: Khan, Ghani), which alone never stand for one person. */
let commonWords: Set<string> | undefined;
const foldLatin = (w: string): string => w.normalize('NFKD').replace(/[^\p{L}]/gu, '').toLowerCase();
const commonNameWords = (): ReadonlySet<string> =>
  (commonWords ??= new Set(allPacks().flatMap((p) => [...(p.nameWordsLatin?.values() ?? []), ...(p.pressNameWords ?? [])]).map(foldLatin)));
/* ...and the national tables' spellings of them (Mohammad, Ebrahim): given names whose spelling is known, not guessed. */
let spelledWords: Set<string> | undefined;
const spelledNameWords = (): ReadonlySet<string> => (spelledWords ??= new Set([...commonNameWords(), ...nationalNameWords().map(foldLatin)]));

/** Groups displayed by a surname or a given name alone joined to the person the corpus mostly names so in full (surname-joins.ts, given-name-joins.ts). */
function joinSurnames(entries: Array<{ group: Group; described?: Described }>, articles: ArticlePeople[], vocabulary: LatinVocabulary): Array<{ group: Group; described?: Described }> {
  const described = entries.map((e) => e.described ?? describe(e.group, articles, vocabulary));
  const candidates = entries.map((e, i) => joinCandidate(e.group, described[i]!));
  const bySurname = surnameJoins(candidates, commonNameWords());
  // A one-word display is either a surname or a given name: a surname join first, else a given-name one.
  const byGiven = givenNameJoins(candidates, commonNameWords());
  const into = bySurname.map((r, i) => (r !== i ? r : byGiven[i]!));
  const out = new Map<number, { group: Group; described?: Described }>();
  entries.forEach((e, i) => {
    if (into[i] !== i) return;
    out.set(i, { group: e.group, described: described[i] });
  });
  entries.forEach((e, i) => {
    const r = into[i]!;
    if (r === i) return;
    const entry = out.get(r)!;
    // The joined group is described again from all its members.
    out.set(r, { group: mergedGroup(entry.group, e.group) });
  });
  return [...out.values()];
}

/**
 * Builds the stored people from the canonical groups; ids are unique.
 * @example makePeople(groups, articles).people[0].display // 'Sergey Lavrov'
 */
export function makePeople(groups: Group[], articles: ArticlePeople[], vocabulary: LatinVocabulary = new Map()): { people: Person[]; idOf: Map<string, string>; unnamed: Set<string> } {
  const people: Person[] = [];
  const unnamed = new Set<string>();
  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  // Many people share a base id ("foreign-minister"): start from the last suffix given to it.
  const nextSuffix = new Map<string, number>();
  const joined = joinSurnames(joinNearDisplay(joinSameDisplay(groups, groups.map((g) => describe(g, articles, vocabulary))), articles, vocabulary), articles, vocabulary);
  for (const { group, described } of joined) {
    const { mentions, spellings, native, role, fromText } = described ?? describe(group, articles, vocabulary);
    const display = group.gazetteer?.display ?? fromText ?? capitalise(role ?? 'unnamed person');
    const base = group.gazetteer?.id ?? slugOf(display);
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    for (; taken.has(id); n++) id = `${base}-${n}`;
    nextSuffix.set(base, n);
    taken.add(id);
    if (!group.gazetteer && !fromText) unnamed.add(id);
    for (const [a, p] of group.members) idOf.set(`${articles[a]!.article}:${p}`, id);
    people.push({
      id,
      display,
      native,
      spellings: [...new Set([...spellings, ...(group.gazetteer?.spellings ?? [])])],
      ...(role ? { role } : {}),
      articles: [...new Set(mentions.map((m) => m.article))].sort((x, y) => x - y),
      mentions: mentions.sort((x, y) => x.article - y.article || x.paragraph - y.paragraph || x.start - y.start),
      inGazetteer: group.gazetteer !== undefined,
    });
  }
  return { people, idOf, unnamed };
}
