/**
 * Everything questions are answered from, built once from a corpus (or restored from a snapshot) and
 * swapped whole on reload, so a question never sees a half-built state. The knowledge owns every
 * lookup table derived from its parts (`assemble` makes them on both paths), so no question waits
 * for one and no module keeps tables of its own.
 */
import { buildEvents } from './events/build.ts';
import { dateChoiceTexts } from './events/date-choices.ts';
import type { EventsKnowledge } from './events/lookup.ts';
import { EMPTY_GAZETTEER, type Gazetteer } from './people/gazetteer.ts';
import { buildPeopleKnowledge } from './people/build.ts';
import { withPersonSpellings } from './people/query-spellings.ts';
import { peopleTableSteps, type PeopleTables } from './people/tables.ts';
import type { PeopleKnowledge } from './people/types.ts';
import { buildSearchIndex, type SearchIndex } from './search/index.ts';
import { searchTables, type SearchTables } from './search/query.ts';
import { runSteps } from './steps.ts';
import { forgetMemos } from './text/memo.ts';
import type { Article, Corpus } from './types.ts';

/** Lookup tables derived from the knowledge's parts. Events by date live in `events` itself. */
export interface KnowledgeTables {
  /** People by id, sound and typo; contacts per person; autocomplete order. */
  people: PeopleTables;
  /** Date autocomplete: what each of `events.keys` is matched against. */
  dateChoices: string[];
  /** What a search reads besides its index. */
  search: SearchTables;
}

export interface Knowledge {
  corpus: Corpus;
  /** Article by number. */
  articles: Map<number, Article>;
  search: SearchIndex;
  people: PeopleKnowledge;
  /** Dated events (contacts and other happenings) with their date index. */
  events: EventsKnowledge;
  /** When this knowledge was built (ISO time). */
  builtAt: string;
  tables: KnowledgeTables;
  /** Sizes for /status and the benchmark. */
  counts(): { articles: number; paragraphs: number; extra: Record<string, number> };
}

export type KnowledgeParts = Omit<Knowledge, 'articles' | 'tables' | 'counts'>;

/** The knowledge object over its built (or restored) parts, with its lookup tables made. */
export function assemble(parts: KnowledgeParts): Knowledge {
  return runSteps(assembleSteps(parts));
}

/**
 * `assemble` one lookup table per step: a reload restores its snapshot between questions
 * (steps.ts), and these tables are the longest steps after the sections themselves.
 */
export function* assembleSteps(parts: KnowledgeParts): Generator<void, Knowledge> {
  const { corpus, people, events } = parts;
  const articles = new Map(corpus.articles.map((a) => [a.number, a]));
  const peopleLookups = yield* peopleTableSteps(people);
  yield;
  const dateChoices = dateChoiceTexts(events);
  yield;
  // The build filled the word memos to their bounds; questions refill the few words they need.
  forgetMemos();
  return {
    ...parts,
    articles,
    tables: { people: peopleLookups, dateChoices, search: searchTables(corpus, articles, (units, vocabulary) => withPersonSpellings(units, peopleLookups.names, vocabulary)) },
    counts: () => ({
      articles: corpus.articles.length,
      paragraphs: corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0),
      extra: { people: people.people.length, contacts: people.contacts.length, events: events.events.length },
    }),
  };
}

/**
 * @example buildKnowledge(loadCorpusSync('seeds')).articles.get(3)?.lang // 'arb'
 */
export function buildKnowledge(corpus: Corpus, gazetteer: Gazetteer = EMPTY_GAZETTEER): Knowledge {
  const people = buildPeopleKnowledge(corpus, gazetteer);
  return assemble({
    corpus,
    search: buildSearchIndex(corpus),
    people,
    events: buildEvents(corpus, people),
    builtAt: new Date().toISOString(),
  });
}
