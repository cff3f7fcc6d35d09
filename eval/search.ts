/**
 * /search: a gold Latin query naming a person or place of an article should bring that article
 * into the top 3 (the strict line). The second line also counts a top-3 article about the same
 * people and places: many meetings are told by several articles, and the gold lists each query for
 * one of them (see eval/README.md).
 */
import { searchAnswer } from '../src/answers/search.ts';
import type { Answer } from '../src/answer.ts';
import type { Knowledge } from '../src/knowledge.ts';
import { wordForms } from '../src/languages/analyze.ts';
import { isStopWord } from '../src/languages/stopwords.ts';
import { placeAt, spellingWords, type Place } from '../src/search/packPlaces.ts';
import { searchCorpus } from '../src/search/query.ts';
import { scriptOf } from '../src/text/normalize.ts';
import { tokenize } from '../src/text/tokenize.ts';
import type { Gold, GoldPerson } from './devset.ts';
import type { Measure, Observation } from './tally.ts';

const TOP = 3;

/** Lower case, no diacritics, hyphens and dots as spaces: "Amir-Abdollahian" is "amir abdollahian". */
const foldWords = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter((w) => w.length > 0);

function indexOfRun(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

interface Named {
  person: GoldPerson;
  /** The Latin form of theirs the query uses, folded. */
  form: string;
}

/**
 * The gold people of the query's article that the query names: one of their Latin forms is a run
 * of the query's words; longer runs first, and a person whose run lies inside one already taken
 * ("Khan" inside "Imran Khan") is not named.
 */
export function namedPeople(gold: Gold, query: string): Named[] {
  const words = foldWords(query);
  const runs: Array<Named & { start: number; end: number }> = [];
  for (const person of gold.people) {
    for (const latin of person.latin) {
      const run = foldWords(latin);
      const start = run.length > 0 ? indexOfRun(words, run) : -1;
      if (start >= 0) runs.push({ person, form: run.join(' '), start, end: start + run.length });
    }
  }
  runs.sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken = new Array<boolean>(words.length).fill(false);
  const out = new Map<GoldPerson, Named>();
  for (const r of runs) {
    if (out.has(r.person)) continue;
    let inside = true;
    for (let i = r.start; i < r.end; i++) if (!taken[i]) inside = false;
    if (inside) continue;
    for (let i = r.start; i < r.end; i++) taken[i] = true;
    out.set(r.person, { person: r.person, form: r.form });
  }
  return [...out.values()];
}

/** The places the language packs list (cities, countries) that the query names. */
export function namedPlaces(query: string): Place[] {
  const words = tokenize(query).map((t) => ({ text: t.text, forms: wordForms(t.text) }));
  const out = new Map<string, Place>();
  for (let i = 0; i < words.length; i++) {
    const m = placeAt(words, i);
    if (m) out.set(m.place.name, m.place);
  }
  return [...out.values()];
}

/**
 * Whether an article's gold lists the person: the same gold name, or the Latin form the query used
 * when it has two words or more (a surname alone may be someone else's).
 */
function goldNames(gold: Gold, named: Named): boolean {
  const long = named.form.includes(' ');
  return gold.people.some((p) => p.name === named.person.name || (long && p.latin.some((l) => foldWords(l).join(' ') === named.form)));
}

const ARABIC_PROCLITICS = ['و', 'ب', 'ل', 'ف', 'ك'];

/** Whether an article's text writes the place in one of the packs' spellings (an Arabic word may carry a proclitic letter). */
function textNames(words: readonly string[], place: Place): boolean {
  return place.spellings.some((spelling) => {
    const run = spellingWords(spelling).map((w) => w.word);
    if (run.length === 0) return false;
    const same = (token: string, w: string, first: boolean) =>
      token === w || (first && scriptOf(w) === 'arabic' && ARABIC_PROCLITICS.some((c) => token === c + w));
    for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => same(words[i + k]!, w, k === 0))) return true;
    return false;
  });
}

export function searchMeasures(kb: Knowledge, golds: Gold[], answers: Answer[]): Measure[] {
  const goldOf = new Map(golds.map((g) => [g.article, g]));
  const wordsMemo = new Map<number, string[]>();
  const articleWords = (n: number) => {
    let words = wordsMemo.get(n);
    if (!words) {
      const article = kb.articles.get(n)!;
      // As the search index reads them: folded, stop words left out (as in the packs' spellings).
      words = article.paragraphs.flatMap((p) => tokenize(p.text).map((t) => wordForms(t.text).word)).filter((w) => w.length > 0 && !isStopWord(w));
      wordsMemo.set(n, words);
    }
    return words;
  };
  const top: Observation[] = [];
  const about: Observation[] = [];
  for (const gold of golds) {
    for (const { q } of gold.search) {
      const hits = searchCorpus(kb.search, kb.corpus, q, { limit: TOP }, kb.tables.search).articles.map((a) => a.article);
      const listed = `#${gold.article} "${q}" → ${hits.map((n) => `#${n}`).join(' ') || 'nothing'}`;
      top.push({ article: gold.article, ok: hits.includes(gold.article), what: listed });
      const people = namedPeople(gold, q);
      const places = namedPlaces(q);
      // A query naming no person is about its topic words too: only its own article counts.
      const aboutSame = (n: number) => {
        const other = goldOf.get(n);
        if (!other || people.length === 0) return false;
        return people.every((p) => goldNames(other, p)) && places.every((pl) => textNames(articleWords(n), pl));
      };
      const ok = hits.includes(gold.article) || hits.some(aboutSame);
      about.push({ article: gold.article, ok, what: listed });
      answers.push(searchAnswer(kb, { query: q, limit: TOP }));
    }
  }
  return [
    { name: `/search article in top ${TOP}`, kind: 'rate', observations: top },
    { name: `/search top ${TOP}, any article about the query`, kind: 'rate', observations: about },
  ];
}
