/**
 * What every question returns: plain data that the Discord and terminal renderers turn into
 * messages. Text here is unformatted and unescaped; renderers add markup and escaping. Labels are
 * catalogue messages (src/i18n/), worded in the reader's language by the renderer; quotes never are.
 */
import type { Text } from './i18n/message.ts';
import type { Lang } from './types.ts';

export type { Text } from './i18n/message.ts';

export interface Citation {
  article: number;
  /** Paragraph number; 0 is the headline. */
  paragraph: number;
  title: string;
  lang: Lang;
  /** The article's publication date, `YYYY-MM-DD`. */
  date?: string;
}

export interface Quote {
  /** A verbatim substring of the cited paragraph. */
  text: string;
  /** [start, end) offsets into `text` of the words that matched, to show in bold. */
  highlights: Array<[number, number]>;
  /** True when `text` starts or ends inside the sentence it was cut from (render an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
  citation: Citation;
}

export interface AnswerItem {
  heading: Text;
  /** Plain lines under the heading (metadata, a synopsis). */
  lines?: Text[];
  quotes?: Quote[];
}

export type AnswerStatus =
  /** A normal answer. */
  | 'ok'
  /** The question was fine but nothing matched: not an error, shown publicly. */
  | 'empty'
  /** The member's input was unusable (unknown article, impossible date): shown only to them. */
  | 'user-error';

export interface Answer {
  status: AnswerStatus;
  title: Text;
  /** One or two sentences before the items: how the question was understood, a summary. */
  intro?: Text;
  items: AnswerItem[];
  /** Closing remarks (e.g. "Dates are publication dates"). */
  notes?: Text[];
}

/** An autocomplete choice: `name` is what the member sees (≤100 chars), `value` what is sent back. */
export interface Choice {
  name: string;
  value: string | number;
}
