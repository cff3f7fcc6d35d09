/**
 * The words of the whole corpus, as folded forms. One article may write an ordinary word only once,
 * right after a title or a role ("… الأمريكية.جرى خلال", "الشعب الأفغاني ليقرر مصيره"), where a
 * name would stand; another article writes the same word as a verb with its inflections (جرت,
 * يقرر) or as a noun with the article ال. What the corpus shows of a word is evidence about the word
 * in every article, so the people rules that ask "does this text inflect the word?" ask the corpus.
 */
import type { Article } from '../types.ts';
import { sentenceTokens, type Tok } from '../grammar/tokens.ts';

/**
 * Every folded form of every word of the articles (with and without its clitics).
 * @example corpusWordForms(corpus.articles).includes('يقرر') // when some article writes يقرر
 */
export function corpusWordForms(articles: readonly Article[]): string[] {
  const forms = new Set<string>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) for (const tok of sentenceTokens(sentence.text, 0, paragraph.lang)) for (const f of tok.forms) forms.add(f);
    }
  }
  return [...forms];
}

/**
 * The Latin words some article of the corpus writes in lower case: ordinary English words. A
 * headline in title case (an English line over a Hindi article: "US leader Visit") capitalises
 * them where its own article never writes them otherwise.
 * @example corpusLowerWords(corpus.articles).includes('visit') // when some article writes "visit"
 */
export function corpusLowerWords(articles: readonly Article[]): string[] {
  const lower = new Set<string>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      if (!/[a-z]/u.test(paragraph.text)) continue;
      for (const tok of sentenceTokens(paragraph.text, 0, paragraph.lang)) if (tok.script === 'latin' && /^\p{Ll}/u.test(tok.text)) lower.add(tok.fold);
    }
  }
  return [...lower];
}

/**
 * Whether a Latin name of two or more words is ordinary words that a page's furniture capitalises
 * ("Last Updated" after a byline's title word): every word of it is one some article writes in
 * lower case. A person's name has at least one word no article writes so ("Ned Price": "price" is
 * written, "ned" is not); a one-word name is judged by `noName` (local-people.ts) with the known names.
 * @example ordinaryWords(sentenceTokens('Last Updated', 0), new Set(['last', 'updated'])) // true
 */
export function ordinaryWords(words: readonly Tok[], lower: ReadonlySet<string>): boolean {
  return words.length >= 2 && words.every((t) => t.script === 'latin' && lower.has(t.fold));
}

/* The words of the corpus's known names, per table of them. */
const knownWordsMemo = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The folded words of known names (folded names joined by spaces): a lower-case word that one of them holds is still a name word ("Price"). */
export function knownNameWords(known: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!known) return undefined;
  let words = knownWordsMemo.get(known);
  if (!words) knownWordsMemo.set(known, (words = new Set([...known].flatMap((n) => n.split(' ')))));
  return words;
}
