/**
 * The sentences of an article as the event rules read them, with the costly parts computed only
 * when asked for: words (tokenised and folded) and dates (found per paragraph, resolved against
 * the publication date). Most sentences report nothing, so the build first asks `mayReport`, a
 * substring test of the spelling-folded sentence against the trigger lexicon, and never
 * tokenises or dates the others.
 */
import { findDateMentions } from '../dates/find.ts';
import type { DateMention } from '../dates/types.ts';
import { sentenceTokens, type Tok } from '../people/tokens.ts';
import { foldSpelling } from '../text/normalize.ts';
import type { Article, Paragraph, Sentence } from '../types.ts';
import { TRIGGER_FORMS } from './lexicon.ts';

export interface EventSentence {
  article: Article;
  paragraph: Paragraph;
  sentence: Sentence;
  /** Position of the sentence in the article (0-based, headline first). */
  order: number;
  /** Words with paragraph offsets. */
  readonly toks: Tok[];
  /** Dates inside the sentence, offsets into the paragraph. */
  readonly dates: DateMention[];
}

/* Viramas are dropped on both sides: writers add or leave out the silent-vowel mark. */
const VIRAMA = /\u094D/gu;
const loose = (s: string): string => foldSpelling(s).replace(VIRAMA, '');
const ESCAPE = /[.*+?^${}()|[\]\\]/gu;
const ANY_TRIGGER = new RegExp(TRIGGER_FORMS.map((f) => loose(f).replace(ESCAPE, '\\$&')).join('|'), 'u');

/**
 * Whether a sentence contains a trigger word's spelling anywhere: a cheap superset of the
 * sentences the trigger lexicon matches.
 * @example mayReport('تالिबان ने काबुल पर कब्ज़ा किया') // true
 */
export function mayReport(text: string): boolean {
  return ANY_TRIGGER.test(loose(text));
}

/**
 * The dates of a paragraph resolved against the article's publication date; only full dates
 * when that date is unusable.
 * @example paragraphDates(article, paragraph)[0]?.text // 'रविवार'
 */
export function paragraphDates(article: Article, paragraph: Paragraph): DateMention[] {
  try {
    return findDateMentions(paragraph.text, paragraph.lang, article.published);
  } catch {
    return findDateMentions(paragraph.text, paragraph.lang);
  }
}

/** @example eventSentences(article)[0].sentence.text // the headline */
export function eventSentences(article: Article): EventSentence[] {
  const out: EventSentence[] = [];
  for (const paragraph of article.paragraphs) {
    let inParagraph: DateMention[] | undefined;
    for (const sentence of paragraph.sentences) {
      let toks: Tok[] | undefined;
      let dates: DateMention[] | undefined;
      out.push({
        article,
        paragraph,
        sentence,
        order: out.length,
        get toks() {
          return (toks ??= sentenceTokens(sentence.text, sentence.start));
        },
        get dates() {
          inParagraph ??= paragraphDates(article, paragraph);
          return (dates ??= inParagraph.filter((d) => d.start >= sentence.start && d.end <= sentence.end));
        },
      });
    }
  }
  return out;
}
