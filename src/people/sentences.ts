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
  /** Dates inside the sentence; offsets into the paragraph. */
  dates: DateMention[];
  /** Tokens that are part of a date (never part of a name). */
  blocked: boolean[];
  phrases: Phrase[];
}

function paragraphDates(article: Article, paragraph: Paragraph): DateMention[] {
  const lang: DateLang = paragraph.lang;
  try {
    return findDateMentions(paragraph.text, lang, article.published);
  } catch {
    // An unusable publication date: keep the dates the text states in full.
    return findDateMentions(paragraph.text, lang);
  }
}

/**
 * Sentence views of an article in reading order, phrases not yet found.
 * @example articleSentences(article)[0].toks[0].text // the first word of the headline
 */
export function articleSentences(article: Article): SentenceView[] {
  const views: SentenceView[] = [];
  for (const paragraph of article.paragraphs) {
    const dates = paragraphDates(article, paragraph);
    for (const sentence of paragraph.sentences) {
      const toks = sentenceTokens(sentence.text, sentence.start);
      const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
      const blocked = toks.map((t) => inside.some((d) => t.start < d.end && t.end > d.start));
      views.push({ article, paragraph, sentence, order: views.length, toks, dates: inside, blocked, phrases: [] });
    }
  }
  return views;
}

/** Whether two sentence views are in the same paragraph. */
export function sameParagraph(a: SentenceView, b: SentenceView): boolean {
  return a.paragraph === b.paragraph;
}
