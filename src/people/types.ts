/**
 * What the people and contacts analysis stores: plain data, serialisable to JSON for a snapshot.
 * `PeopleKnowledge` is built once from a corpus; answering a question is a lookup in it.
 */
import type { Contact } from '../contacts/types.ts';
import type { Lang } from '../types.ts';

/** Contacts are stored with people; the type lives with the contact extraction. */
export type { Contact };

/** Where a person is named: offsets into the paragraph text, `text` verbatim. */
export interface MentionRef {
  article: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Person {
  /** Stable identifier: the gazetteer id or a slug of the display name. */
  id: string;
  /** Latin-script name: the gazetteer's, else one written in Latin in the text, else a transliteration. */
  display: string;
  /** Spellings in Devanagari or Arabic script as the articles write them, most frequent first. */
  native: string[];
  /** Every spelling found in the text or the gazetteer, any script (lookup matches against these). */
  spellings: string[];
  /** English role as the text gives it ("Russian foreign minister"), the gazetteer's otherwise. */
  role?: string;
  /** Numbers of the articles that name the person, ascending. */
  articles: number[];
  mentions: MentionRef[];
  inGazetteer: boolean;
}

/** What citations need of an article. */
export interface ArticleRef {
  number: number;
  title: string;
  lang: Lang;
  published?: string;
}

export interface PeopleKnowledge {
  people: Person[];
  contacts: Contact[];
  articles: ArticleRef[];
}
