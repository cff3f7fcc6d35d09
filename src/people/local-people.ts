/**
 * The people of one article. Named phrases come from titles, the gazetteer and names already known
 * from other articles; they are grouped into article-local people when their names agree
 * (names.ts). Then every later bare use of a name or of one of its words ("लावरोव", "वांग") is
 * linked to the one person of the article it can belong to — none when two could.
 */
import { compatibleNames, isFatherWord, nameForm, sameName, sameWord, soundsAlikeTogether, type NameForm } from './names.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { foldTerm } from '../text/normalize.ts';
import { isNameParticle, nameWordOK } from '../grammar/words.ts';
import { isNamed, nameSpan, type Phrase } from '../grammar/phrase.ts';
import { PhraseTable } from '../grammar/phrases.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import { titledPhrasesOf } from './titled.ts';
import { byTitleWords, titleWordsOf } from './title-links.ts';
import { commonNounShape, givenNameLeads } from './given-name-leads.ts';
import { compoundNameLeads } from './compound-name-leads.ts';
import { cutAtTextEnd, cutName, roleOnly } from './name-cuts.ts';
import { latinNameLeads } from './latin-name-leads.ts';
import { handleNames } from './handles.ts';
import { takeFamilyWord } from './family-lead.ts';
import { soundAlikeNames, type NamesBySound } from './sound-alike-names.ts';
import { knownNameWords, ordinaryWords } from './corpus-words.ts';
import { soundAlikeSurnames } from './surname-variants.ts';
import { articleUsage, nameStop, possessedNoun, type ArticleUsage } from './name-stops.ts';
import { isInitial, sentenceTokens, type Tok } from '../grammar/tokens.ts';
import { packFor, perPack } from '../languages/index.ts';

export interface RoleUse {
  role: string;
  office?: string;
  nationality?: string;
  relational: boolean;
}

export interface LocalPerson {
  names: NameForm[];
  gazetteerId?: string;
  roles: RoleUse[];
  nationality?: string;
  /** Folded words before the person's names where a title introduced them (title-links.ts). */
  titleWords?: string[];
}

/** Where to look for names that no title introduces. */
export interface NameSources {
  /** Gazetteer spellings → gazetteer id. */
  gazetteer: PhraseTable<string>;
  /** Names of two or more words found after titles anywhere in the corpus. */
  known?: PhraseTable<true>;
  /** The same names as folded words joined by spaces, to test a name's beginning. */
  knownFolded?: ReadonlySet<string>;
  /** Known surnames (known-surnames.ts) by their sound key, to find another spelling of one (बाइडन beside बाइडेन). */
  surnameSounds?: ReadonlyMap<string, readonly string[]>;
  /** Known names of two or more words by their first word's sound (sound-alike-names.ts). */
  knownBySound?: NamesBySound;
  /** Latin words some article of the corpus writes in lower case (corpus-words.ts). */
  corpusLower?: ReadonlySet<string>;
  /** Folded forms of every word of the corpus (corpus-words.ts): what other articles show of a word. */
  corpusWords?: ReadonlySet<string>;
}

/**
 * Where a titled name really ends when the corpus knows it shorter: after a title a name runs
 * until a word that cannot be part of one, and a verb or noun no list foresaw ("جو بايدن شدد",
 * Biden stressed) runs on. When the first two or more words are a name the corpus introduces
 * elsewhere, the words after them are not part of it — unless each is a common name word of its
 * language ("… آل ثاني").
 */
export function knownNameEnd(toks: readonly Tok[], first: number, end: number, knownFolded: ReadonlySet<string>, closedAt?: (k: number) => boolean): number {
  for (let k = end - 1; k >= first + 2; k--) {
    // A particle and the word it leads are one name word (عبد الغني Abdul Ghani, أبو بكر): known alone, they are a given name, which a surname may follow.
    if (k === first + 2 && isNameParticle(toks[first]!)) continue;
    // A name does not end in "son of" (a page cut "फैसल बिन" short): the father's name after it is the name's.
    if (isFatherWord(toks[k - 1]!.fold)) continue;
    const rest = toks.slice(first + 1, k).map((t) => t.fold);
    if (!toks[first]!.forms.some((f) => knownFolded.has([f, ...rest].join(' ')))) continue;
    const tail = toks.slice(k, end);
    if (tail.every((t) => packFor(t.lang)?.nameWordsLatin?.has(t.fold))) return end;
    return closedAt && surnameTail(tail, toks[k - 1]!) && closedAt(end) ? end : k;
  }
  return end;
}

const SURNAME_PARTICLES = perPack((pack) => (pack.surnameParticles ? new Set(pack.surnameParticles.map(foldTerm)) : undefined));

/* An Arabic word with a possessive pronoun glued on (ورجاله "and his men", قوله "his saying") is no surname; a leading و may be the name's own (وردك Wardak). */
const CLITIC_SHAPE = /(?:ه|ها|هم)$/u;

/**
 * Whether the words after a known name are its surname, which that name left out: one word that
 * can be a name word and has none of the shapes of a common word, closing the phrase (what
 * follows is punctuation, the text's end or a case marker; a verb run on into the name is not
 * closed: "جو بايدن أرسل"); so "शेर मोहम्मद अब्बास स्टानिकज़ई से", "محمد حسن أخوند." keep the
 * spelling of the surname the corpus knows no other way.
 */
function surnameTail(tail: readonly Tok[], prev: Tok): boolean {
  // "फैसल बिन फरहान अल सऊद के साथ": a family particle and one word after it are the surname too.
  if (tail.length === 2 && SURNAME_PARTICLES(tail[0]!.lang)?.has(tail[0]!.fold)) return surnameTail(tail.slice(1), tail[0]!);
  if (tail.length !== 1) return false;
  const tok = tail[0]!;
  if (isStopWord(tok.fold) || !nameWordOK(tok, prev) || commonNounShape(tok)) return false;
  return tok.script !== 'arabic' || !CLITIC_SHAPE.test(tok.fold);
}

/* Punctuation that closes a name: a name in running text has its case marker or clause after it, a verb run on into it has words. */
const CLOSING = /^\s*[,.;:!?،؛؟()"«»“”'।|–—-]/u;

/** Whether a name ending at token `k` of the sentence is closed there (see `surnameTail`). */
export function closedAfter(toks: readonly Tok[], text: string): (k: number) => boolean {
  return (k) => {
    const next = toks[k];
    if (!next) return true;
    if (CLOSING.test(text.slice(toks[k - 1]!.end, next.start))) return true;
    // Own keys only: a folded word may be spelled like an Object.prototype member ("constructor").
    const markers = packFor(next.lang)?.cases?.markers;
    return markers !== undefined && Object.hasOwn(markers, next.fold);
  };
}

const MIN_PART_LENGTH = 3;

function claim(claimed: boolean[], p: Phrase): void {
  for (let k = p.first; k < p.end; k++) claimed[k] = true;
}

function free(claimed: readonly boolean[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (claimed[k]) return false;
  return true;
}

function scan<T>(view: SentenceView, claimed: boolean[], table: PhraseTable<T>, make: (value: T) => Partial<Phrase>, keep?: (p: Phrase) => boolean): void {
  for (let i = 0; i < view.toks.length; i++) {
    if (claimed[i]) continue;
    const m = table.match(view.toks, i);
    if (!m || !free(claimed, i, m.end)) continue;
    const p: Phrase = { first: i, end: m.end, nameFirst: i, nameEnd: m.end, clitic: m.clitic, source: 'name', relational: false, possessive: false, ...make(m.value) };
    if (keep && !keep(p)) continue;
    view.phrases.push(p);
    claim(claimed, p);
    i = m.end - 1;
  }
}

/** Gazetteer id of a titled name when a listed spelling ends where the name ends. */
function gazetteerOf(toks: readonly Tok[], p: Phrase, gazetteer: PhraseTable<string>): string | undefined {
  for (let k = p.nameFirst; k < p.nameEnd; k++) {
    const m = gazetteer.match(toks, k);
    if (m && m.end === p.nameEnd) return m.value;
  }
  return undefined;
}

/**
 * The folded words that tell ordinary words from names by their other forms: the corpus's when
 * known (a verb inflected or a noun written with ال in any article is an ordinary word here too;
 * the article's own words alone let a word written once after a title pass as a name), else the article's.
 */
function articleWords(views: readonly SentenceView[], corpus?: ReadonlySet<string>): ReadonlySet<string> {
  if (corpus) return corpus;
  const words = new Set<string>();
  for (const view of views) for (const tok of view.toks) for (const form of tok.forms) words.add(form);
  return words;
}

/**
 * Whether a one-word name after a title is a word of its language instead: the corpus writes it
 * elsewhere with a verb's inflections ("وزير الخارجية الروسي ناقش", … يناقشان).
 */
function ordinaryWord(tok: Tok, words: ReadonlySet<string>): boolean {
  const forms = packFor(tok.lang)?.verbForms;
  return forms !== undefined && tok.forms.some((f) => forms(f).some((v) => words.has(v)));
}

/** The Latin words an article writes in lower case somewhere: ordinary words of English. */
function lowerCaseWords(views: readonly SentenceView[]): ReadonlySet<string> {
  return new Set(views.flatMap((v) => v.toks.filter((t) => t.script === 'latin' && /^\p{Ll}/u.test(t.text)).map((t) => t.fold)));
}

/**
 * Whether the words after a title, or a known name found again, are no name: initials alone
 * ("President V." cut by a sentence end), or Latin words starting with one the article writes in
 * lower case, which a title-case headline capitalised ("Kazakh Counterpart Discuss Security …").
 */
function noName(toks: readonly Tok[], p: Phrase, lower: () => ReadonlySet<string>, corpusLower?: ReadonlySet<string>, knownWords?: ReadonlySet<string>): boolean {
  const words = toks.slice(p.nameFirst, p.nameEnd);
  if (words.length === 0) return false;
  if (words.every((t) => isInitial(t))) return true;
  const first = words[0]!;
  if (first.script !== 'latin' || isInitial(first)) return false;
  // A one-word name that another article writes in lower case, and no known name holds, is an ordinary word ("US leader Visit"; not "spokesman Price").
  if (words.length === 1 && corpusLower?.has(first.fold) && !knownWords?.has(first.fold)) return true;
  if (corpusLower && ordinaryWords(words.filter((t) => !isInitial(t)), corpusLower)) return true;
  // A Latin name starts with a capital: a known name matched in lower case is ordinary words.
  return !/^\p{Lu}/u.test(first.text) || lower().has(first.fold);
}

/** Finds the named phrases of every sentence (titles first, then listed and known names). */
export function findNamedPhrases(views: SentenceView[], sources: NameSources): void {
  let words: ReadonlySet<string> | undefined;
  let lower: ReadonlySet<string> | undefined;
  let usage: ArticleUsage | undefined;
  const lowerWords = (): ReadonlySet<string> => (lower ??= lowerCaseWords(views));
  const used = (): ArticleUsage => (usage ??= articleUsage(views, sources.corpusWords));
  const knownWords = sources.corpusLower && knownNameWords(sources.knownFolded);
  for (const view of views) {
    const claimed = view.toks.map(() => false);
    for (const found of titledPhrasesOf(view.sentence, view.toks, view.paragraph.text)) {
      let p: Phrase | undefined = found;
      if (p.nameEnd - p.nameFirst === 1 && ordinaryWord(view.toks[p.nameFirst]!, (words ??= articleWords(views, sources.corpusWords)))) p = roleOnly(p);
      else if (noName(view.toks, p, lowerWords, sources.corpusLower, knownWords)) p = roleOnly(p);
      else if (isNamed(p)) p = cutName(p, nameStop(view.toks, p.nameFirst, p.nameEnd, used()));
      if (!p) continue;
      if (isNamed(p) && sources.knownFolded && p.nameEnd - p.nameFirst > 2) {
        const end = knownNameEnd(view.toks, p.nameFirst, p.nameEnd, sources.knownFolded, closedAfter(view.toks, view.paragraph.text));
        if (p.end === p.nameEnd) p.end = end;
        p.nameEnd = end;
      }
      if (isNamed(p)) p.gazetteerId = gazetteerOf(view.toks, p, sources.gazetteer);
      view.phrases.push(p);
      claim(claimed, p);
    }
    scan(view, claimed, sources.gazetteer, (id) => ({ source: 'gazetteer', gazetteerId: id }));
    // A known surname alone that is a possessed noun here was a title run on into one elsewhere ("… نواف تعازيه").
    const knownKeep = (p: Phrase): boolean =>
      !noName(view.toks, p, lowerWords, sources.corpusLower, knownWords) &&
      nameStop(view.toks, p.nameFirst, p.nameEnd, used(), p.clitic > 0) === p.nameEnd &&
      !(p.nameEnd - p.nameFirst === 1 && possessedNoun(view.toks[p.nameFirst]!, used()));
    if (sources.known) scan(view, claimed, sources.known, () => ({ source: 'name' }), knownKeep);
    if (sources.knownBySound) view.phrases.push(...soundAlikeNames(view.toks, view.paragraph.text, claimed, sources.knownBySound, knownKeep));
    if (sources.surnameSounds) soundAlikeSurnames(view, claimed, sources.surnameSounds, knownKeep);
    view.phrases.push(...handleNames(view.toks, view.paragraph.text, claimed));
    view.phrases.sort((a, b) => a.first - b.first);
  }
  addGivenNameLeads(views, (words ??= articleWords(views, sources.corpusWords)), lowerWords);
  cutAtTextEnd(views);
}


/** Token indices where a named person's phrase of the sentence ends. */

/** Names led by a foreign given name (given-name-leads.ts), once every other name of the article is known. */
function addGivenNameLeads(views: SentenceView[], words: ReadonlySet<string>, lowerWords: () => ReadonlySet<string>): void {
  // A word of a name found otherwise is that person's (ميركل بوتين is two people, not one).
  const named = new Set(views.flatMap((v) => v.phrases.filter(isNamed).flatMap((p) => v.toks.slice(p.nameFirst, p.nameEnd).map((t) => t.fold))));
  for (const view of views) {
    const claimed = view.toks.map((t) => named.has(t.fold));
    const inPhrase = view.toks.map(() => false);
    for (const p of view.phrases) {
      claim(claimed, p);
      claim(inPhrase, p);
    }
    // People listed after a named one ("X, Y and Z"): where each named phrase ends.
    const list = { ends: new Set(view.phrases.filter(isNamed).map((p) => p.nameEnd)), inPhrase };
    const leads = [
      ...givenNameLeads(view.toks, view.paragraph.text, claimed, words, (tok) => ordinaryWord(tok, words)),
      ...latinNameLeads(view.toks, view.paragraph.text, claimed, lowerWords, list),
      ...compoundNameLeads(view.toks, inPhrase, (tok) => ordinaryWord(tok, words)),
    ];
    if (leads.length === 0) continue;
    view.phrases.push(...leads);
    view.phrases.sort((a, b) => a.first - b.first);
  }
}

function addRole(person: LocalPerson, p: Phrase): void {
  if (p.role) person.roles.push({ role: p.role, office: p.office, nationality: p.nationality, relational: p.relational });
  if (p.nationality && !p.relational) person.nationality ??= p.nationality;
}

/**
 * Of several people a one-word name after a title agrees with, the one it is the surname of: a
 * title names its holder by the surname ("Ambassador Khan" after "Ambassador Mansoor Ahmad Khan",
 * not Amir Khan Muttaqi, whose middle word it is); if more than one, the one holding that office.
 * -1 when that leaves none or several.
 */
function bySurname(people: readonly LocalPerson[], candidates: readonly number[], name: NameForm, p: Phrase): number {
  if (name.words.length !== 1 || p.source !== 'title' || !p.office) return -1;
  const word = name.words[0]!;
  const surnamed = candidates.filter((i) => people[i]!.names.some((n) => n.words.length > 1 && sameWord(n.words[n.words.length - 1]!, word)));
  if (surnamed.length === 1) return surnamed[0]!;
  const holding = (surnamed.length ? surnamed : candidates).filter((i) => people[i]!.roles.some((r) => r.office === p.office));
  return holding.length === 1 ? holding[0]! : -1;
}

/** Groups the named phrases into people: same gazetteer id, or agreeing names (unambiguously). */
export function clusterPeople(views: SentenceView[]): LocalPerson[] {
  const people: LocalPerson[] = [];
  for (const view of views) {
    for (const p of view.phrases) {
      if (!isNamed(p)) continue;
      const [start, end] = nameSpan(p, view.toks);
      const name = nameForm(view.paragraph.text.slice(start, end));
      let index = p.gazetteerId ? people.findIndex((q) => q.gazetteerId === p.gazetteerId) : -1;
      if (index < 0) {
        const same = people.findIndex((q) => q.names.some((n) => sameName(n, name)) && (!p.gazetteerId || !q.gazetteerId));
        // Two full names that disagree are two people, whatever surname alone either was also called by (أنس حقاني, سراج الدين حقاني).
        const agrees = (q: LocalPerson): boolean => name.words.length < 2 || q.names.every((n) => n.words.length < 2 || compatibleNames(n, name) || soundsAlikeTogether(n, name));
        const compatible = people.flatMap((q, i) => (q.names.some((n) => compatibleNames(n, name)) && agrees(q) && (!p.gazetteerId || !q.gazetteerId) ? [i] : []));
        index = same >= 0 ? same : compatible.length === 1 ? compatible[0]! : compatible.length > 1 ? bySurname(people, compatible, name, p) : -1;
        // "Sheikh Mohammed": the one of them introduced as Sheikh.
        if (index < 0 && compatible.length > 1 && name.words.length === 1) index = byTitleWords(people, compatible, titleWordsOf(p, view.toks));
      }
      if (index < 0) {
        people.push({ names: [], roles: [] });
        index = people.length - 1;
      }
      const person = people[index]!;
      if (!person.names.some((n) => n.text === name.text)) person.names.push(name);
      person.gazetteerId ??= p.gazetteerId;
      addRole(person, p);
      if (p.nameFirst > p.first) person.titleWords = [...new Set([...(person.titleWords ?? []), ...titleWordsOf(p, view.toks)])];
      p.person = index;
    }
  }
  return people;
}

const SERVANT = foldTerm('عبد');
/* "عبد" and the divine name after it (عبد السلام: "peace", عبد الرحمن) are one name word: alone, neither names the person. */
const compoundPart = (words: readonly string[], j: number): boolean => words[j] === SERVANT || (words[j - 1] === SERVANT && words[j]!.startsWith('ال'));

/** Whether a word of a name is a name word on its own, with nothing before it. */
function standsAlone(word: string): boolean {
  const tok = sentenceTokens(word, 0)[0];
  return tok !== undefined && nameWordOK(tok);
}

/** Links bare later (or earlier) uses of the article's names and name words to their person. */
export function linkNameParts(views: SentenceView[], people: LocalPerson[]): void {
  const owners = new Map<string, Set<number>>();
  const entries: Array<[readonly string[], number]> = [];
  people.forEach((person, index) => {
    for (const name of person.names) {
      entries.push([name.folded, index]);
      if (name.folded.length === 1) continue;
      for (const [k, word] of name.significant.entries()) {
        // A word that is a name word only after another (الدين of سراج الدين, "religion" alone) stands for no one.
        if (word.length < MIN_PART_LENGTH || compoundPart(name.significant, k) || (k > 0 && !standsAlone(name.words[k]!))) continue;
        const set = owners.get(word) ?? new Set<number>();
        set.add(index);
        owners.set(word, set);
      }
      // A surname compounded with عبد ("حسين أمير عبد اللهيان" → "عبد اللهيان"): its two words together name the person.
      const n = name.folded.length;
      if (n >= 3 && name.folded[n - 2] === SERVANT) {
        const pair = name.folded.slice(n - 2).join(' ');
        const set = owners.get(pair) ?? new Set<number>();
        set.add(index);
        owners.set(pair, set);
      }
    }
  });
  for (const [word, set] of owners) if (set.size === 1) entries.push([word.split(' '), [...set][0]!]);
  const table = new PhraseTable<number>(entries);
  for (const view of views) {
    const claimed = view.toks.map(() => false);
    for (const p of view.phrases) claim(claimed, p);
    scan(view, claimed, table, (person) => ({ person }));
    view.phrases.sort((a, b) => a.first - b.first);
  }
  takeFamilyWord(views);
}
