/**
 * Dated events of the coverage as stored: plain data, serialisable to JSON for a snapshot. An
 * event is either a contact between two people (found by the people analysis) or another dated
 * happening — a capture, an invitation, a statement, a journey, a meeting of a body — read from a
 * sentence with the event-kind lexicon. Each keeps the words its date came from and the sentences
 * that report it, as offsets into the original paragraphs.
 */
import type { PartialDate, Precision } from '../dates/types.ts';
import type { ContactKind } from '../contacts/types.ts';
import type { HappeningKind } from '../languages/types.ts';

export type { HappeningKind };

export type EventKind = ContactKind | HappeningKind;

/** Someone or something taking part: a person of the people registry, a group, a country, an institution, a city. */
export interface Participant {
  /** `person:<registry id>`, `group:taliban`, `country:russia`, `org:russia-foreign-ministry`, `place:kabul`. */
  id: string;
  /** English name as printed ("Sergey Lavrov", "Taliban", "Russian foreign ministry"). */
  name: string;
  /** Printed with "the" ("the Taliban", "the Kremlin"). */
  article: boolean;
}

/** What the sentence says about who did what to whom, where and for what. */
export interface Roles {
  agent?: Participant;
  target?: Participant;
  /** Where it happened or, for journeys and invitations, the destination. */
  place?: Participant;
  /** Where a journey started. */
  from?: Participant;
  /** What a statement or a meeting was about: the first actor or place it names. */
  topic?: Participant;
  /** "talks", "a meeting": what an invitation or journey was for. */
  purpose?: string;
}

/** The words a date came from, verbatim, and where they stand. */
export interface DateWords {
  text: string;
  article: number;
  paragraph: number;
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  /** Whether the words needed the publication date to be read (a weekday, "in May", "yesterday"). */
  relative: boolean;
}

/**
 * How the date was tied to the event: stated in a sentence reporting it; stated in the sentence
 * the reporting one continues; or found by the contact analysis in the sentence's context (an
 * earlier sentence, a tweet's date line).
 */
export type DateLink = 'sentence' | 'previous sentence' | 'context';

export interface EventDate {
  date: PartialDate;
  precision: Precision;
  /** `dateKey(date)`: '2021-08-16', '2021-05', '2021'. */
  key: string;
  /** Undefined only when the contact analysis dated a contact from words it did not record. */
  words?: DateWords;
  link: DateLink;
}

/** One sentence reporting the event; `marks` are paragraph offsets of the words to highlight. */
export interface EventSource {
  article: number;
  paragraph: number;
  start: number;
  end: number;
  marks: Array<[number, number]>;
}

export interface Event {
  /** Stable within one build: kind, date and participants. */
  id: string;
  kind: EventKind;
  /** Announced for the future rather than reported as done. */
  planned: boolean;
  when: EventDate;
  roles: Roles;
  /** Ids of every participant (roles included), for lookups by person. */
  participants: string[];
  /** One English line built from the roles: "Taliban took control of Kabul". */
  synopsis: string;
  /** Ordered by article, paragraph, offset. */
  sources: EventSource[];
}
