/**
 * The words of the whole corpus, as folded forms. One article may write an ordinary word only once,
 * right after a title or a role ("… الأمريكية.جرى خلال", "الشعب الأفغاني ليقرر مصيره"), where a
 * name would stand; another article writes the same word as a verb with its inflections (جرت,
 * يقرر) or as a noun with the article ال. What the corpus shows of a word is evidence about the word
 * in every article, so the people rules that ask "does this text inflect the word?" ask the corpus.
 */
import type { Article } from '../types.ts';
import { sentenceTokens } from '../grammar/tokens.ts';

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
