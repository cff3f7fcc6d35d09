/**
 * Where the words after a title stop being a name in Arabic-script text, by what the article shows
 * of its words: a common noun it also writes with the definite article, or a word joined to a
 * conjunction whose rest it writes alone (local-people.ts asks this of titled and known names).
 */
import { isNameParticle } from '../grammar/words.ts';
import type { SentenceView } from '../grammar/sentences.ts';
import type { Tok } from '../grammar/tokens.ts';
import { TITLE_WORDS } from '../grammar/titles.ts';
import { packFor } from '../languages/index.ts';

/** The word's forms without a leading conjunction only (وأمير → أمير; not بوتين → وتين, a preposition read into a name). */
function conjunctionForms(tok: Tok): string[] {
  return tok.forms.filter((f) => tok.fold.endsWith(f) && /^[وف]*$/u.test(tok.fold.slice(0, tok.fold.length - f.length)));
}

/** What an article shows of its words: the bare forms of those it writes with a definite article, and every word as written. */
export interface ArticleUsage {
  /** التطورات → تطورات: common nouns of the article. */
  nouns: ReadonlySet<string>;
  /** Folded words as written, clitics and all. */
  written: ReadonlySet<string>;
  /** The bare forms of the words any article of the corpus writes with a definite article. */
  corpusNouns?: ReadonlySet<string>;
}

const corpusNounsMemo = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The bare forms of the corpus's words that carry the definite article (corpus-words.ts forms). */
export function corpusNouns(words: ReadonlySet<string>): ReadonlySet<string> {
  let nouns = corpusNounsMemo.get(words);
  if (!nouns) {
    const definite = packFor('arb')?.definite;
    nouns = new Set(definite ? [...words].flatMap((w) => (w.startsWith('ال') ? [definite(w)].filter((b): b is string => !!b) : [])) : []);
    corpusNounsMemo.set(words, nouns);
  }
  return nouns;
}

export function articleUsage(views: readonly SentenceView[], corpusWords?: ReadonlySet<string>): ArticleUsage {
  const nouns = new Set<string>();
  const written = new Set<string>();
  for (const view of views) {
    for (const tok of view.toks) {
      written.add(tok.fold);
      const bare = packFor(tok.lang)?.definite?.(tok.fold);
      if (bare) nouns.add(bare);
    }
  }
  return { nouns, written, ...(corpusWords ? { corpusNouns: corpusNouns(corpusWords) } : {}) };
}

const DIVINE = 'الله';

/* A word ending in ي may be a surname made from a place or tribe, which takes the article too (متقي beside المتقي, قرشي beside القرشي). */
const NISBA = /[يى]$/u;

const TITLE_FIRST_WORDS = (): ReadonlySet<string> => TITLE_WORDS.firstWords();

/* Possessive pronoun suffixes as written (ه, not the ة of a feminine name such as حمزة): تعازيه "his condolences". */
const POSSESSIVE = /(?:ه|ها|هم|هما)$/u;

/**
 * Whether a word is a common noun with a possessive pronoun glued on ("نواف تعازيه", Nawaf [offered]
 * his condolences): without the suffix, a noun the article or the corpus writes with the definite
 * article. Right after a title it may be an adverb the press puts before the name ("نظيره وقتها X",
 * his counterpart at that time, X), so `nameStop` asks it only of later words.
 */
export function possessedNoun(tok: Tok, usage: ArticleUsage): boolean {
  const m = POSSESSIVE.exec(tok.text.normalize('NFC'));
  if (!m || tok.script !== 'arabic') return false;
  return conjunctionForms(tok).some((f) => {
    const bare = f.slice(0, f.length - m[0].length);
    return [...bare].length >= 3 && (usage.nouns.has(bare) || usage.corpusNouns?.has(bare) === true);
  });
}

/**
 * Where the words after a title stop being a name: at a first word that is a common noun, one the
 * article or another article of the corpus writes with the definite article ("الرئيس التركي تطورات
 * الأزمة" beside "التطورات"; later words may be a surname that takes the article), or at a word
 * joined to a conjunction whose rest is a word the article writes alone or a title ("أمير قطر
 * وأردوغان" beside "أردوغان": the emir and Erdogan; "الرئيس الأمريكي وأمير"). A listed name word,
 * or a word after a name particle (آل ثاني beside الثاني "the second"), still continues the name.
 */
export function nameStop(toks: readonly Tok[], first: number, end: number, usage: ArticleUsage, ownClitic = false): number {
  for (let k = first; k < end; k++) {
    const tok = toks[k]!;
    if (k > first && isNameParticle(toks[k - 1]!)) continue;
    if (packFor(tok.lang)?.nameWordsLatin?.has(tok.fold)) continue;
    // A noun before the divine name opens a compound given name (أمر الله beside الأمر "the matter").
    if (toks[k + 1]?.fold === DIVINE && !tok.fold.startsWith('ال')) continue;
    const forms = conjunctionForms(tok);
    if (forms.some((f) => (usage.nouns.has(f) || usage.corpusNouns?.has(f)) && !NISBA.test(f))) return k;
    if (k > first && possessedNoun(tok, usage)) return k;
    // A known name found with a conjunction glued to it ("مع كرزاي وعبد الله عبد الله") is listed
    // after the word before: its first word's rest is the name's own, which the article may write alone.
    if ((k > first || !ownClitic) && forms.some((f) => f !== tok.fold && (usage.written.has(f) || TITLE_FIRST_WORDS().has(f)))) return k;
    if (tok.forms.some((f) => !forms.includes(f) && (usage.written.has(f) || usage.nouns.has(f)))) return k;
  }
  return end;
}
