/**
 * The per-sentence view the people and contact rules work on: words, the dates found in the
 * sentence (resolved against the article's publication date), and the person phrases.
 */
import { findDateMentions, type DateLang } from '../dates/find.ts';
import type { DateMention } from '../dates/types.ts';
import type { Article, Paragraph, Sentence } from '../types.ts';
import type { Phrase } from './phrase.ts';
import { sentenceTokens, type Tok } from './tokens.ts';

export interface SentenceView {
  article: Article;
  paragraph: Paragraph;
  sentence: Sentence;
  /** Position of the sentence in the article (0-based, headline first). */
  order: number;
  toks: Tok[];
  /** Dates inside the sentence; offsets into the paragraph. Computed on first use. */
  readonly dates: DateMention[];
  phrases: Phrase[];
}

/** Dates of one sentence, with paragraph offsets. */
function sentenceDates(article: Article, paragraph: Paragraph, sentence: Sentence): DateMention[] {
  const lang: DateLang = paragraph.lang;
  let found: DateMention[];
  try {
    found = findDateMentions(sentence.text, lang, article.published);
  } catch {
    // An unusable publication date: keep the dates the text states in full.
    found = findDateMentions(sentence.text, lang);
  }
  return found.map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
}

/**
 * Sentence views of an article in reading order, phrases not yet found. Dates are found only in
 * the sentences that need them (a contact and its neighbourhood).
 * @example articleSentences(article)[0].toks[0].text // the first word of the headline
 */
export function articleSentences(article: Article): SentenceView[] {
  const views: SentenceView[] = [];
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const toks = sentenceTokens(sentence.text, sentence.start);
      let dates: DateMention[] | undefined;
      const inSentence = (): DateMention[] => (dates ??= sentenceDates(article, paragraph, sentence));
      views.push({
        article,
        paragraph,
        sentence,
        order: views.length,
        toks,
        phrases: [],
        get dates() {
          return inSentence();
        },
      });
    }
  }
  return views;
}
