/**
 * The event list as stored in a knowledge snapshot: events without their sources and date words,
 * which are stored column by column (offsets in typed arrays; the date words' text sliced from the
 * paragraph on load, see quotedSpans.ts). Sources and their marks are most of the events' objects.
 */
import { restoreSpans, storeSpans, type ParagraphTexts, type StoredSpans } from '../corpus/quotedSpans.ts';
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
  /** Sources per event; article, paragraph, start, end of each source; marks per source; start, end of each mark. */
  sourceCounts: Int32Array;
  sources: Int32Array;
  markCounts: Int32Array;
  marks: Int32Array;
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
    markCounts: Int32Array.from(sources, (s) => s.marks.length),
    marks: Int32Array.from(sources.flatMap((s) => s.marks.flat())),
  };
}

/**
 * Restores the event list saved by `storeEvents` (the stored event objects become the restored ones).
 * @throws Error when the value is not stored events.
 */
export function eventsFromStored(data: StoredEvents, text: ParagraphTexts): EventsSnapshot {
  if (!Array.isArray(data?.events) || !(data.sources instanceof Int32Array) || !(data.marks instanceof Int32Array)) throw new Error('not stored events');
  const words = restoreSpans(data.words, text);
  let word = 0;
  let source = 0;
  let mark = 0;
  const events = data.events.map((stored, i): Event => {
    const event = stored as Event;
    if (data.hasWords[i]) {
      const span = words[word]!;
      event.when.words = { ...span, relative: data.relative[word++] === 1 } satisfies DateWords;
    }
    const sources: EventSource[] = [];
    for (let k = 0; k < data.sourceCounts[i]!; k++, source++) {
      const marks: Array<[number, number]> = [];
      for (let m = 0; m < data.markCounts[source]!; m++, mark += 2) marks.push([data.marks[mark]!, data.marks[mark + 1]!]);
      const at = 4 * source;
      sources.push({ article: data.sources[at]!, paragraph: data.sources[at + 1]!, start: data.sources[at + 2]!, end: data.sources[at + 3]!, marks });
    }
    event.sources = sources;
    return event;
  });
  if (word !== words.length || 4 * source !== data.sources.length || mark !== data.marks.length) throw new Error('stored events are inconsistent');
  return { events, undatedContacts: data.undatedContacts };
}
