/**
 * Knowledge as stored in a snapshot, part by part (see snapshot.ts for the file): the corpus in
 * chunks of articles, then the search index, people and events, each decoded on its own so a load
 * never holds one giant buffer or object graph.
 */
import { paragraphTexts } from './corpus/quotedSpans.ts';
import { articlesFromChunk, corpusChunks, type CorpusChunk } from './corpus/snapshot.ts';
import { eventsFromSnapshot, eventsToSnapshot } from './events/lookup.ts';
import { eventsFromStored, storeEvents, type StoredEvents } from './events/snapshot.ts';
import { assembleSteps, type Knowledge } from './knowledge.ts';
import { peopleFromSnapshot, peopleToSnapshot, type PeopleSnapshot } from './people/snapshot.ts';
import { indexFromSnapshotSteps, indexToSnapshot } from './search/index.ts';
import type { Corpus } from './types.ts';

/** One part of a snapshot, stored and decoded on its own; `value` is computed only when it is written. */
export interface SnapshotSection {
  name: string;
  value: () => unknown;
}

/**
 * What a snapshot stores, part by part: plain data, typed arrays for the numbers, no text that is a
 * slice of a paragraph; lookups are rebuilt on load. The corpus is in chunks of articles.
 */
export type KnowledgeSnapshot = SnapshotSection[];

interface SnapshotMeta {
  builtAt: string;
  warnings: Corpus['warnings'];
  articles: number;
}

/** @example knowledgeToSnapshot(kb).map((s) => s.name) // ['meta', 'corpus', …, 'search', 'people', 'events'] */
export function knowledgeToSnapshot(kb: Knowledge): KnowledgeSnapshot {
  const text = paragraphTexts(kb.corpus.articles);
  const meta = (): SnapshotMeta => ({ builtAt: kb.builtAt, warnings: kb.corpus.warnings, articles: kb.corpus.articles.length });
  return [
    { name: 'meta', value: meta },
    ...corpusChunks(kb.corpus).map((value) => ({ name: 'corpus', value })),
    { name: 'search', value: () => indexToSnapshot(kb.search) },
    { name: 'people', value: () => peopleToSnapshot(kb.people, text) },
    { name: 'events', value: () => storeEvents(eventsToSnapshot(kb.events), text) },
  ];
}

/** Takes the next section, which must be called `name`. */
function next(sections: Iterator<[string, unknown]>, name: string): unknown {
  const section = sections.next();
  if (section.done || section.value[0] !== name) throw new Error(`expected the ${name} section, found ${section.done ? 'the end' : section.value[0]}`);
  return section.value[1];
}

/**
 * Restores knowledge from the sections `knowledgeToSnapshot` made, decoded one at a time in order
 * (so each can be dropped once used), yielding between sections (see `steps.ts`).
 * @throws Error when a section is missing, out of order or not what it should be.
 */
export function* restoreSteps(stored: Iterable<[name: string, value: unknown]>): Generator<void, Knowledge> {
  const sections = stored[Symbol.iterator]();
  const meta = next(sections, 'meta') as SnapshotMeta;
  if (typeof meta?.builtAt !== 'string' || !Array.isArray(meta.warnings) || typeof meta.articles !== 'number') throw new Error('unexpected snapshot content');
  const corpus: Corpus = { articles: [], warnings: meta.warnings };
  while (corpus.articles.length < meta.articles) {
    yield;
    articlesFromChunk(next(sections, 'corpus') as CorpusChunk, corpus.articles);
  }
  if (corpus.articles.length !== meta.articles) throw new Error('the corpus sections do not add up');
  yield;
  const search = yield* indexFromSnapshotSteps(next(sections, 'search'), corpus);
  yield;
  const text = paragraphTexts(corpus.articles);
  const people = peopleFromSnapshot(next(sections, 'people') as PeopleSnapshot, text);
  yield;
  const events = eventsFromSnapshot(eventsFromStored(next(sections, 'events') as StoredEvents, text));
  if (!sections.next().done) throw new Error('unexpected section after the events');
  yield;
  return yield* assembleSteps({ corpus, search, people, events, builtAt: meta.builtAt });
}
