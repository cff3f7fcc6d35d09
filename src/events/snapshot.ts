/**
 * The event list as stored in a knowledge snapshot: events without their sources and date words,
 * which are stored column by column (offsets in typed arrays; the date words' text sliced from the
 * paragraph on load, see quotedSpans.ts). Sources and their marks are most of the events' objects.
 */
import { restorePairLists, restoreSpans, storePairLists, storeSpans, type ParagraphTexts, type StoredPairLists, type StoredSpans } from '../corpus/quotedSpans.ts';
import type { EventsSnapshot } from './lookup.ts';
import type { DateWords, Event, EventDate, EventSource } from './types.ts';

type StoredEvent = Omit<Event, 'sources' | 'when'> & { when: Omit<EventDate, 'words'> };

export interface StoredEvents {
  events: StoredEvent[];
  undatedContacts: number;
  /** 1 where the event's date has words; those words in order, and whether each is relative. */
  hasWords: Uint8Array;
  words: StoredSpans;
  relative: Uint8Array;
  /** Sources per event; article, paragraph, start, end of each source; the marks of each source. */
  sourceCounts: Int32Array;
  sources: Int32Array;
  marks: StoredPairLists;
}

/**
 * @example eventsFromStored(storeEvents(eventsToSnapshot(kb.events), text), text) // equal to eventsToSnapshot(kb.events)
 */
export function storeEvents(data: EventsSnapshot, text: ParagraphTexts): StoredEvents {
  const words = data.events.flatMap((e) => (e.when.words ? [e.when.words] : []));
  const sources = data.events.flatMap((e) => e.sources);
  return {
    events: data.events.map(({ sources: _, when: { words: __, ...when }, ...event }) => ({ ...event, when })),
    undatedContacts: data.undatedContacts,
    hasWords: Uint8Array.from(data.events, (e) => (e.when.words ? 1 : 0)),
    words: storeSpans(words, text),
    relative: Uint8Array.from(words, (w) => (w.relative ? 1 : 0)),
    sourceCounts: Int32Array.from(data.events, (e) => e.sources.length),
    sources: Int32Array.from(sources.flatMap((s) => [s.article, s.paragraph, s.start, s.end])),
    marks: storePairLists(sources.map((s) => s.marks)),
  };
}

/**
 * Restores the event list saved by `storeEvents` (the stored event objects become the restored ones).
 * @throws Error when the value is not stored events.
 */
export function eventsFromStored(data: StoredEvents, text: ParagraphTexts): EventsSnapshot {
  if (!Array.isArray(data?.events) || !(data.sources instanceof Int32Array)) throw new Error('not stored events');
  const words = restoreSpans(data.words, text);
  const marks = restorePairLists(data.marks);
  let word = 0;
  let source = 0;
  const events = data.events.map((stored, i): Event => {
    const event = stored as Event;
    if (data.hasWords[i]) {
      const span = words[word]!;
      event.when.words = { ...span, relative: data.relative[word++] === 1 } satisfies DateWords;
    }
    const sources: EventSource[] = [];
    for (let k = 0; k < data.sourceCounts[i]!; k++, source++) {
      const at = 4 * source;
      sources.push({ article: data.sources[at]!, paragraph: data.sources[at + 1]!, start: data.sources[at + 2]!, end: data.sources[at + 3]!, marks: marks[source]! });
    }
    event.sources = sources;
    return event;
  });
  if (word !== words.length || 4 * source !== data.sources.length || source !== marks.length) throw new Error('stored events are inconsistent');
  return { events, undatedContacts: data.undatedContacts };
}
