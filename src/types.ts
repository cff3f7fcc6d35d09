/**
 * The analysed corpus: what every other part of the core reads. Plain data only, so it can be
 * persisted in a snapshot and shared by every renderer.
 */

/**
 * ISO 639-3 codes as franc returns them; `und` when undetermined. Urdu and Persian are told apart
 * from Arabic (same script) so that they never get the Arabic grammar; they have no language pack.
 */
export type Lang = 'hin' | 'arb' | 'eng' | 'urd' | 'pes' | 'und';

export interface Sentence {
  /** 0-based position in its paragraph. */
  index: number;
  /** Offsets into `Paragraph.text`; `text === paragraph.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  article: number;
  /** 1-based paragraph number as cited (`[#3 ¶2]`); 0 is the headline line when the text has one. */
  number: number;
  /** Verbatim text of the paragraph as it stands in the file (boilerplate stubs removed). */
  text: string;
  lang: Lang;
  sentences: Sentence[];
}

export interface Article {
  /** The file's numeric prefix: `003_….txt` is article 3. */
  number: number;
  file: string;
  title: string;
  /** Where the title came from. */
  titleFrom: 'catalog' | 'headline' | 'first-sentence';
  /** Publication date `YYYY-MM-DD`, when known. */
  published?: string;
  publishedFrom?: 'catalog' | 'dateline' | 'text';
  /**
   * The day the article's dateline gives when it is a few days before the catalog's publication
   * date (agency copy printed later): "today" and weekdays in the text are read from it.
   */
  datelineDay?: string;
  /** Without a reliable publication date: the year every dated article of the corpus is from (src/dates/corpus-year.ts), for a day and month written without a year. */
  assumedYear?: number;
  /** Outlet, only when known (never guessed). */
  source?: string;
  lang: Lang;
  /** Headline (¶0) first when present, then the body paragraphs ¶1… */
  paragraphs: Paragraph[];
  /** sha256 of the file's bytes. */
  hash: string;
}

export interface LoadWarning {
  file: string;
  message: string;
}

export interface Corpus {
  articles: Article[];
  warnings: LoadWarning[];
}
