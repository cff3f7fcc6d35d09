/**
 * Everything questions are answered from, built once from a corpus (or restored from a snapshot) and
 * swapped whole on reload, so a question never sees a half-built state.
 */
import { buildEvents } from './events/build.ts';
import type { EventsKnowledge } from './events/lookup.ts';
import { EMPTY_GAZETTEER, type Gazetteer } from './people/gazetteer.ts';
import { buildPeopleKnowledge } from './people/build.ts';
import type { PeopleKnowledge } from './people/types.ts';
import { buildSearchIndex, type SearchIndex } from './search/index.ts';
import type { Article, Corpus } from './types.ts';

export interface Knowledge {
  corpus: Corpus;
  articles: Map<number, Article>;
  search: SearchIndex;
  people: PeopleKnowledge;
  /** Dated events (contacts and other happenings) with their date index. */
  events: EventsKnowledge;
  /** When this knowledge was built (ISO time). */
  builtAt: string;
  /** Sizes for /status and the benchmark. */
  counts(): { articles: number; paragraphs: number; extra: Record<string, number> };
}

export type KnowledgeParts = Omit<Knowledge, 'articles' | 'counts'>;

/** The knowledge object over its built (or restored) parts. */
export function assemble(parts: KnowledgeParts): Knowledge {
  const { corpus, people, events } = parts;
  return {
    ...parts,
    articles: new Map(corpus.articles.map((a) => [a.number, a])),
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
