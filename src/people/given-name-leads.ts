/**
 * Names that no title introduces, in a language written without capitals or printed vowels
 * (Arabic): "… البارز أليكسي نافالني لمحاولة …". A word that sounds like a foreign given name of
 * the Latin name lists (latin-names.ts: أليكسي Aleksey, دميتري Dmitry, كينيث Kenneth), followed
 * by a word that can be part of a name, is taken for a name of two words.
 *
 * Only languages whose pack lists its own common name words (`nameWordsLatin`) are read this way,
 * and those native name words never lead: many are ordinary words too (كريم "generous", سعيد
 * "happy"), and native names come with titles. A word the article also inflects as a verb is no
 * name (`ordinary`), and so is one the article writes with the article ال (الضمان, so ضمان is
 * not Damon) or a country or city. The two words stand side by side, with no clitic on the first
 * and no punctuation between them, right after a definite word or a parenthesis (`afterRole`):
 * that is where a role the title lexicon lacks puts a name.
 */
import { CITY_WORDS, NATION_WORDS } from '../grammar/nations.ts';
import type { Phrase } from '../grammar/phrase.ts';
import type { Tok } from '../grammar/tokens.ts';
import { packFor } from '../languages/index.ts';
import { isStopWord } from '../languages/stopwords.ts';
import { memoised } from '../text/memo.ts';
import { latinGivenNames } from './latin-names.ts';
import { sameWord, wordKey } from './names.ts';

/* A given name with a shorter skeleton (Ali, Ian) matches too many ordinary words. */
const MIN_KEY = 3;

let givenByKey: Map<string, string[]> | undefined;

function givenNamesByKey(): ReadonlyMap<string, readonly string[]> {
  if (givenByKey) return givenByKey;
  givenByKey = new Map();
  for (const name of latinGivenNames()) {
    const key = wordKey(name);
    if (key.length < MIN_KEY) continue;
    const list = givenByKey.get(key) ?? [];
    list.push(name);
    givenByKey.set(key, list);
  }
  return givenByKey;
}

/** Whether a written word sounds like a listed given name. */
const soundsGiven = memoised((form: string): boolean => (givenNamesByKey().get(wordKey(form)) ?? []).some((name) => sameWord(form, name)), 50_000);


/* A one-letter proclitic (و ف ل ب) before a hamza seat: a transcribed name writes أ/إ only as its
 * first letter, so لأمن, وأمير, لإجلاء are a clitic and an Arabic word. */
const CLITIC_HAMZA = /^[وفلب][أإ]/u;
/* لـ/وـ glued to a word that begins with a consonant (لعبور, لبحر, لرؤساء): a transcribed name
 * writes a vowel letter after an initial L or W (ليونيد, لويد, وانغ), as Latin names have no cluster there. */
const CLITIC_CONSONANT = /^[لو][^اويىئأإآؤ]/u;

/** Whether the token, as written, sounds like a foreign given name. */
function leadsName(tok: Tok): boolean {
  const pack = packFor(tok.lang);
  const native = pack?.nameWordsLatin;
  if (!native || CLITIC_HAMZA.test(tok.text) || CLITIC_CONSONANT.test(tok.text) || !pack.nameWord(tok, undefined) || tok.forms.some((f) => native.has(f))) return false;
  return soundsGiven(tok.fold);
}

/**
 * Whether a word of a name can be its given name: a Latin word with a capital, one of its
 * language's own name words (محمد, عبد), or a word that sounds like a listed given name (अजित
 * Ajit, فلاديمير Vladimir); "ومسؤول" (and an official) is none.
 */
export function givenNameLike(tok: Tok, unlisted = false): boolean {
  if (tok.script === 'latin') return /^\p{Lu}/u.test(tok.text);
  if (CLITIC_HAMZA.test(tok.text)) return false;
  const native = packFor(tok.lang)?.nameWordsLatin;
  if (!native && unlisted) return true;
  return (native !== undefined && tok.forms.some((f) => native.has(f))) || soundsGiven(tok.fold);
}

/** Whether the article writes the word with the definite article: then it is a common word. */
function withArticle(tok: Tok, words: ReadonlySet<string>): boolean {
  return words.has(`ال${tok.fold}`);
}

/* Shapes of Arabic common nouns that a transcribed foreign name does not take: the feminine ة
 * (حملة, فرصة), the accusative ending اً (نقاشاً), and the verbal nouns of derived verbs
 * (استعراض, انتهاء), and the plural ات (تطورات). */
const NOUN_SHAPE = /(?:[ةى]|اً|ًا|ات)$|^(?:است|ان|ات)/u;

/** Whether an Arabic-script word has a shape of common nouns that transcribed names lack (تطورات, حملة). */
export function commonNounShape(tok: Tok): boolean {
  return tok.script === 'arabic' && NOUN_SHAPE.test(tok.text);
}

function place(toks: readonly Tok[], i: number): boolean {
  return NATION_WORDS.match(toks, i) !== undefined || CITY_WORDS.match(toks, i) !== undefined;
}

/* The word before a name that no title lexicon knows is still a role or its qualifier, definite
 * ("المعارض الروسي البارز", "الجنرال") or closing a parenthesis ("(الكرملين)"); a country or city
 * is no role: what follows it is its predicate ("الصين صديق جدير", China is a worthy friend). */
function afterRole(toks: readonly Tok[], text: string, i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  const between = text.slice(prev.end, toks[i]!.start).trim();
  if (between === ')') return true;
  // Asked at nearly every word: most are no definite word, which the cheapest test tells before any lexicon is read.
  if (between !== '' || !prev.forms.some((f) => f.startsWith('ال') && [...f].length > 3)) return false;
  if (NATION_WORDS.match(toks, i - 1)?.value.isCountry || CITY_WORDS.match(toks, i - 1) !== undefined) return false;
  // A relative pronoun (الذي, التي, الذين) begins with ال too, but what follows it is its clause's verb.
  return !isStopWord(prev.fold);
}

/**
 * Two-word names led by a foreign given name, among the tokens not `claimed` by other phrases;
 * `words` are the folded forms of the article's words, `text` the paragraph the tokens index.
 */
export function givenNameLeads(toks: readonly Tok[], text: string, claimed: readonly boolean[], words: ReadonlySet<string>, ordinary: (tok: Tok) => boolean): Phrase[] {
  const found: Phrase[] = [];
  const common = (i: number): boolean => ordinary(toks[i]!) || withArticle(toks[i]!, words) || place(toks, i) || NOUN_SHAPE.test(toks[i]!.text);
  for (let i = 0; i + 1 < toks.length; i++) {
    const [first, second] = [toks[i]!, toks[i + 1]!];
    if (claimed[i] || claimed[i + 1] || first.lang !== second.lang || text.slice(first.end, second.start).trim() !== '') continue;
    if (!afterRole(toks, text, i) || !leadsName(first) || common(i)) continue;
    if (!packFor(second.lang)!.nameWord(second, first) || [...second.text].length < 3 || common(i + 1)) continue;
    found.push({ first: i, end: i + 2, nameFirst: i, nameEnd: i + 2, clitic: 0, source: 'name', relational: false, possessive: false });
    i += 1;
  }
  return found;
}
