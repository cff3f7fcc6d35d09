/**
 * Contacts between people as the knowledge stores them: plain data, serialisable for a snapshot.
 */
import type { PartialDate } from '../dates/types.ts';
import type { ContactKind } from '../languages/types.ts';

/** The kinds are those the language packs' cues can state. */
export type { ContactKind } from '../languages/types.ts';

/** One sentence that states a contact. */
export interface Evidence {
  article: number;
  paragraph: number;
  /** The sentence, verbatim, and its offsets in the paragraph. */
  text: string;
  start: number;
  end: number;
  /** Paragraph offsets of the two people's names in the sentence. */
  names: Array<[number, number]>;
}

export interface Contact {
  /** Person ids; `a` is the one the sentence makes the subject, when it has one. */
  a: string;
  b: string;
  kind: ContactKind;
  /** Announced ("will meet", "सेलتقي") rather than reported as done. */
  planned: boolean;
  date?: PartialDate;
  /** How the date was found: in the sentence itself, or in its neighbourhood (a tweet's date line, the same contact dated elsewhere in the article). */
  dateFrom?: 'sentence' | 'neighbourhood';
  /** Place in English when the text states it. */
  place?: string;
  evidence: Evidence[];
}
