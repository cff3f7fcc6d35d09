/**
 * Knowledge as stored in a snapshot, part by part (see snapshot.ts for the file): the corpus in
 * chunks of articles, then the search index, then people and events in chunks, each decoded on its
 * own so a load never holds one giant buffer or object graph, and a reload's restore never holds
 * the event loop for long (decoding 22,000 events at once took a second).
 */
import { paragraphTexts } from './corpus/quotedSpans.ts';
import { ARTICLES_PER_CHUNK, articlesFromChunk, corpusChunks, type CorpusChunk } from './corpus/snapshot.ts';
import { eventsFromSnapshotSteps, eventsToSnapshot } from './events/lookup.ts';
import { eventsFromStored, storeEvents, type StoredEvents } from './events/snapshot.ts';
import { assembleSteps, type Knowledge } from './knowledge.ts';
import { peopleFromSnapshot, peopleToSnapshot, type PeopleSnapshot } from './people/snapshot.ts';
import { indexFromSnapshotSteps, indexToSnapshot } from './search/index.ts';
import type { PeopleKnowledge } from './people/types.ts';
import { PIECE_LENGTH } from './snapshotPieces.ts';
import type { Event } from './events/types.ts';
import type { Corpus } from './types.ts';

/** Items per snapshot section. */
export interface ChunkSizes {
  articles: number;
  /** People, and as many contacts. */
  people: number;
  events: number;
  /** Numbers per piece of a large typed array (snapshotPieces.ts). */
  pieceLength: number;
}

/**
 * Each section decodes in a few tens of milliseconds at most. 500 people or events, not 1,000: at
 * 10,000 articles a chunk of 1,000 people (with the article list) or events was among the longest
 * steps of a reload's restore.
 */
export const CHUNK_SIZES: ChunkSizes = { articles: ARTICLES_PER_CHUNK, people: 500, events: 500, pieceLength: PIECE_LENGTH };

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

/** A section read back: its name and the steps that decode its value. */
export type SnapshotSectionSteps = [name: string, value: Generator<void, unknown>];

interface SnapshotMeta {
  builtAt: string;
  warnings: Corpus['warnings'];
  articles: number;
  /** How many people and events sections follow the search section. */
  peopleChunks: number;
  eventChunks: number;
  undatedContacts: number;
}

const chunkCount = (length: number, per: number) => Math.max(1, Math.ceil(length / per));

/** People chunk `k`: the k-th slice of the people and the k-th slice of the contacts (the first chunk also has the article list). */
function peopleChunk(people: PeopleKnowledge, k: number, per: number): PeopleKnowledge {
  const slice = <T>(items: T[]) => items.slice(k * per, (k + 1) * per);
  return { people: slice(people.people), contacts: slice(people.contacts), articles: k === 0 ? people.articles : [] };
}

/** Appends without spreading (a spread of a large array overflows the stack). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** @example knowledgeToSnapshot(kb).map((s) => s.name) // ['meta', 'corpus', …, 'search', 'people', 'events'] */
export function knowledgeToSnapshot(kb: Knowledge, sizes: ChunkSizes = CHUNK_SIZES): KnowledgeSnapshot {
  const text = paragraphTexts(kb.corpus.articles);
  const { people, events } = kb;
  const peopleChunks = chunkCount(Math.max(people.people.length, people.contacts.length), sizes.people);
  const eventChunks = chunkCount(events.events.length, sizes.events);
  const meta = (): SnapshotMeta => ({
    builtAt: kb.builtAt,
    warnings: kb.corpus.warnings,
    articles: kb.corpus.articles.length,
    peopleChunks,
    eventChunks,
    undatedContacts: events.undatedContacts,
  });
  const eventsOf = (k: number) => ({ events: events.events.slice(k * sizes.events, (k + 1) * sizes.events), undatedContacts: events.undatedContacts });
  return [
    { name: 'meta', value: meta },
    ...corpusChunks(kb.corpus, sizes.articles).map((value) => ({ name: 'corpus', value })),
    { name: 'search', value: () => indexToSnapshot(kb.search) },
    ...Array.from({ length: peopleChunks }, (_, k) => ({ name: 'people', value: () => peopleToSnapshot(peopleChunk(people, k, sizes.people), text) })),
    ...Array.from({ length: eventChunks }, (_, k) => ({ name: 'events', value: () => storeEvents(eventsOf(k), text) })),
  ];
}

/** Decodes the next section, which must be called `name`. */
function* next(sections: Iterator<SnapshotSectionSteps>, name: string): Generator<void, unknown> {
  const section = sections.next();
  if (section.done || section.value[0] !== name) throw new Error(`expected the ${name} section, found ${section.done ? 'the end' : section.value[0]}`);
  return yield* section.value[1];
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

/**
 * Restores knowledge from the sections `knowledgeToSnapshot` made, decoded one at a time in order
 * (so each can be dropped once used), yielding between sections and inside long ones (see `steps.ts`).
 * @throws Error when a section is missing, out of order or not what it should be.
 */
export function* restoreSteps(stored: Iterable<SnapshotSectionSteps>): Generator<void, Knowledge> {
  const sections = stored[Symbol.iterator]();
  const meta = (yield* next(sections, 'meta')) as SnapshotMeta;
  if (typeof meta?.builtAt !== 'string' || !Array.isArray(meta.warnings) || ![meta.articles, meta.peopleChunks, meta.eventChunks, meta.undatedContacts].every(isCount)) {
    throw new Error('unexpected snapshot content');
  }
  const corpus: Corpus = { articles: [], warnings: meta.warnings };
  while (corpus.articles.length < meta.articles) {
    yield;
    articlesFromChunk((yield* next(sections, 'corpus')) as CorpusChunk, corpus.articles);
  }
  if (corpus.articles.length !== meta.articles) throw new Error('the corpus sections do not add up');
  yield;
  const search = yield* indexFromSnapshotSteps(yield* next(sections, 'search'), corpus);
  const text = paragraphTexts(corpus.articles);
  const people: PeopleKnowledge = { people: [], contacts: [], articles: [] };
  for (let k = 0; k < meta.peopleChunks; k++) {
    yield;
    const chunk = peopleFromSnapshot((yield* next(sections, 'people')) as PeopleSnapshot, text);
    append(people.people, chunk.people);
    append(people.contacts, chunk.contacts);
    append(people.articles, chunk.articles);
  }
  const events: Event[] = [];
  for (let k = 0; k < meta.eventChunks; k++) {
    yield;
    append(events, eventsFromStored((yield* next(sections, 'events')) as StoredEvents, text).events);
  }
  if (!sections.next().done) throw new Error('unexpected section after the events');
  yield;
  const indexed = yield* eventsFromSnapshotSteps({ events, undatedContacts: meta.undatedContacts });
  yield;
  return yield* assembleSteps({ corpus, search, people, events: indexed, builtAt: meta.builtAt });
}
