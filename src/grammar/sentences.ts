/**
 * The one view of a sentence that people, contacts and events read: its words, the dates in it
 * (resolved against the article's publication date) and the person phrases found in it. Words and
 * dates are computed on first use and kept, so each sentence is tokenised and its paragraph dated
 * at most once however many rules read them: most sentences report nothing, and the event rules
 * never tokenise those.
 */
import { findDatesWith, NUMERIC_DATES } from '../dates/find.ts';
import { isDateline } from '../dates/publication.ts';
import { packFor, packsVersion } from '../languages/index.ts';
import { ObjectMemo } from '../text/memo.ts';
import type { DateMention } from '../dates/types.ts';
import { languageWithin } from '../languages/detect.ts';
import type { Article, Lang, Paragraph, Sentence } from '../types.ts';
import type { Phrase } from './phrase.ts';
import { sentenceTokens, type Tok } from './tokens.ts';

export interface SentenceView {
  article: Article;
  paragraph: Paragraph;
  sentence: Sentence;
  /** Position of the sentence in the article (0-based, headline first). */
  order: number;
  /** The sentence's language: its paragraph's, unless it is written in another language's script. */
  readonly lang: Lang;
  /** Words with paragraph offsets. */
  readonly toks: Tok[];
  /** Dates inside the sentence; offsets into the paragraph. */
  readonly dates: DateMention[];
  /** Date words inside the sentence that name no day here (a weekday in an article of unknown date). */
  readonly unresolvedDates: ReadonlyArray<{ start: number; end: number }>;
  /** Person phrases, in order, once the people rules have found them. */
  phrases: Phrase[];
}

/*
 * A page's date stamp: a label or a clock time alone before a date at the start of a line ("date
 * 2021-09-09 MUMBAI: …", "Updated : Sep 08, 2021", "01:28 - 20 أغسطس 2021"). It dates the page, not what the line tells: a meeting the text
 * gives no day for is not on it. A dateline's date ("KABUL, Aug. 16, 2021 (AP) —") is the same.
 */
const STAMP_LABEL = /^\s*(?:date|dated|updated|published|posted|last updated|التاريخ|تاريخ|दिनांक|अपडेटेड|प्रकाशित)?\s*:?\s*(?:\d{1,2}:\d{2}(?:\s*(?:am|pm|ص|م))?\s*[-–|]?)?\s*$/iu;
/* A label word, or a clock time ("01:28 - 20 أغسطس 2021"): a line opening with a time and a date is the page's stamp. */
const STAMP_WORD = /\p{L}|\d:\d/u;

/** The longest label a stamp has before its date. */
const STAMP_REACH = 24;

/* A dateline's place before a day written without its year ("नयी दिल्ली, 21 जुलाई (भाषा)"): a lead-in closed by a comma. */
const PLACE_LEAD_IN = /\p{L}[\p{L}\p{M}.\s]*,\s*$/u;

/**
 * Whether a day is a dateline's. A day of the month written without its year is read against the
 * publication year (relative), but after a place and a comma it is the dateline's all the same
 * ("नयी दिल्ली, 21 जुलाई (भाषा) X ने Y से बात की": the report's day, not the talk's); a weekday or
 * "today" after nothing but a bracket ("बुधवार (1 सितंबर) को") is not.
 */
function datelineDay(text: string, d: DateMention): boolean {
  if (d.precision !== 'day' || !isDateline(text, d)) return false;
  return !d.relative || (/[\p{Nd}\s]/u.test(d.text) && PLACE_LEAD_IN.test(text.slice(0, d.start)));
}

function isStamp(text: string, d: DateMention): boolean {
  // A dateline ("WASHINGTON (Sputnik - 14th August, 2021) The secretary spoke …") dates the report, not what it tells.
  if (datelineDay(text, d)) return true;
  if (d.start > STAMP_REACH) return false;
  const before = text.slice(0, d.start);
  return STAMP_WORD.test(before) && STAMP_LABEL.test(before);
}

/** A paragraph's dates and the date words in it that stay unresolved, with what they were resolved against. */
interface ParagraphDating {
  dates: DateMention[];
  unresolved: ReadonlyArray<{ start: number; end: number }>;
  published: string | undefined;
  publishedFrom: Article['publishedFrom'];
  assumedYear: number | undefined;
  packs: number;
}

/*
 * The people rules, the event rules and the contacts' dating each ask for the dates of many of the
 * same paragraphs: each is dated once per build (`forgetMemos` empties the memo when a build ends),
 * and again only if its article's dates or the language packs changed since.
 */
const datings = new ObjectMemo<Paragraph, ParagraphDating>();

function dateParagraph(article: Article, paragraph: Paragraph): ParagraphDating {
  const finder = packFor(paragraph.lang)?.findDates ?? NUMERIC_DATES;
  const unresolved: Array<{ start: number; end: number }> = [];
  const opts = { assumedYear: article.assumedYear, unresolved, previousDay: (offset: number) => storyDay(article, paragraph, offset) };
  let found: DateMention[];
  try {
    found = findDatesWith(paragraph.text, finder, article.datelineDay ?? (article.publishedFrom === 'text' ? undefined : article.published), opts);
  } catch {
    found = findDatesWith(paragraph.text, finder, undefined, opts);
  }
  const dates = found.filter((d) => !isStamp(paragraph.text, d));
  return { dates, unresolved, published: article.datelineDay ?? article.published, publishedFrom: article.publishedFrom, assumedYear: article.assumedYear, packs: packsVersion() };
}

/*
 * "Jaishankar met Guterres on Tuesday. … He arrived in New York on Monday. ¶ Earlier in the day, he
 * spoke with Le Drian": a paragraph opening on "the same day" goes on from the story's day, the first
 * day the article names (its lead's), not the day the paragraph before named last (the arrival's).
 * A count of days ("the next day") across paragraphs dates nothing: which day it counts from is unclear.
 */
function storyDay(article: Article, paragraph: Paragraph, offset: number): DateMention | undefined {
  if (offset !== 0) return undefined;
  for (const earlier of article.paragraphs) {
    if (earlier === paragraph) return undefined;
    if (earlier.lang !== paragraph.lang) continue;
    const day = paragraphDating(article, earlier).dates.find((d) => d.precision === 'day');
    if (day) return day;
  }
  return undefined;
}

function paragraphDating(article: Article, paragraph: Paragraph): ParagraphDating {
  const fresh = (kept: ParagraphDating) =>
    kept.published === (article.datelineDay ?? article.published) && kept.publishedFrom === article.publishedFrom && kept.assumedYear === article.assumedYear && kept.packs === packsVersion();
  return datings.get(paragraph, fresh, () => dateParagraph(article, paragraph));
}

/**
 * The dates of a paragraph, found by its language's pack (all-digit dates only without one) and
 * resolved against the article's publication date (`unresolved` receives the date words that stay
 * unresolved); only full dates, and a day and month in the corpus's year, when that date is unusable or
 * was only guessed from the first full date of the text (often an earlier event's: "attacked on 20
 * August 2020" in a report of 2021), which would put a "Friday" in the wrong year. A page's date
 * stamp is left out. The list is shared: callers copy it before changing it.
 * @example paragraphDates(article, paragraph)[0]?.text // 'रविवार'
 */
export function paragraphDates(article: Article, paragraph: Paragraph, unresolved?: Array<{ start: number; end: number }>): DateMention[] {
  const dating = paragraphDating(article, paragraph);
  unresolved?.push(...dating.unresolved);
  return dating.dates;
}

/** A sentence view whose words, language and dates are worked out on first use (one object, no closures per sentence). */
class View implements SentenceView {
  phrases: Phrase[] = [];
  private knownLang: Lang | undefined;
  private knownToks: Tok[] | undefined;
  private knownDates: DateMention[] | undefined;

  constructor(
    public article: Article,
    public paragraph: Paragraph,
    public sentence: Sentence,
    public order: number,
    private readonly dated: () => ParagraphDating,
  ) {}

  get lang(): Lang {
    return (this.knownLang ??= languageWithin(this.sentence.text, this.paragraph.lang));
  }

  get toks(): Tok[] {
    return (this.knownToks ??= sentenceTokens(this.sentence.text, this.sentence.start, this.paragraph.lang));
  }

  get dates(): DateMention[] {
    return (this.knownDates ??= this.dated().dates.filter((d) => d.start >= this.sentence.start && d.end <= this.sentence.end));
  }

  get unresolvedDates(): ReadonlyArray<{ start: number; end: number }> {
    return this.dated().unresolved.filter((d) => d.start >= this.sentence.start && d.end <= this.sentence.end);
  }
}

/**
 * Sentence views of an article in reading order, phrases not yet found.
 * @example articleSentences(article)[0].toks[0].text // the first word of the headline
 */
export function articleSentences(article: Article): SentenceView[] {
  const views: SentenceView[] = [];
  for (const paragraph of article.paragraphs) {
    let inParagraph: ParagraphDating | undefined;
    const dated = (): ParagraphDating => (inParagraph ??= paragraphDating(article, paragraph));
    for (const sentence of paragraph.sentences) views.push(new View(article, paragraph, sentence, views.length, dated));
  }
  return views;
}
