/**
 * Date values shared by the date finders, the resolver and the commands that print dates.
 * Plain data only: a mention can be stored in a snapshot next to the paragraph it came from.
 */

/** A calendar date known to some precision; `month` and `day` are 1-based. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** How much of a date the text actually states ("May 2021" is month precision, never May 1st). */
export type Precision = 'day' | 'month' | 'year';

/** One date expression found in a text, resolved to a calendar date. */
export interface DateMention {
  /** Offsets into the searched text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  /** Verbatim slice of the input. */
  text: string;
  date: PartialDate;
  precision: Precision;
  /** True when the reference date was needed to resolve it (weekday, "yesterday", a month without a year…). */
  relative: boolean;
}

/** Direction of a weekday expression: bare ("on Monday"), "last Monday", "next Monday". */
export type WeekdayMode = 'recent' | 'last' | 'next';

/**
 * What an extractor read in the text, before any reference date is applied. Every field is optional;
 * the resolver decides from which fields are present how the mention is anchored.
 */
export interface RawMention {
  start: number;
  end: number;
  /** As written (the year only when the text states it). */
  day?: number;
  month?: number;
  year?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  weekdayMode?: WeekdayMode;
  /** Candidate day offsets from the reference: today `[0]`, yesterday `[-1]`, Hindi कल `[-1, 1]` when the tense is unknown. */
  dayOffsets?: readonly number[];
  /** Month relative to the reference month ("this month" = 0); together with `day`, a day of that month. */
  monthOffset?: number;
  /** Year relative to the reference year ("last year" = -1). */
  yearOffset?: number;
  /**
   * Days from the day the text names last before it ("a day earlier", "इससे एक दिन पहले", "في اليوم
   * التالي"): counted from that day, not from the publication date; unresolved without one.
   */
  fromPrevious?: number;
  /**
   * The clause is in the future tense ("24 सितंबर को मिलेंगे"): a day, month or bare weekday without
   * a year is the next such on or after the reference, not the most recent.
   */
  ahead?: boolean;
}
