/**
 * The events of a corpus with the lookups questions need, built once: events by date key (a day
 * '2021-08-16', a month '2021-05' for month-precision events, a year), the sorted list of those
 * keys for nearest dates and month ranges (binary search, no scan of the events), and events by
 * participant for a person's timeline. Only the event list is stored in a snapshot; the lookups
 * are rebuilt from it in one pass.
 */
import { eachInSteps, runSteps } from '../steps.ts';
import type { Event } from './types.ts';

export interface EventsKnowledge {
  /** Chronological; on the same date by first article, then paragraph. */
  events: Event[];
  byKey: Map<string, Event[]>;
  /** Every date key that has events, sorted. */
  keys: string[];
  byParticipant: Map<string, Event[]>;
  /** Contacts the text gives no date for (not in the timeline). */
  undatedContacts: number;
}

function firstSource(e: Event): [number, number, number] {
  const s = e.sources[0]!;
  return [s.article, s.paragraph, s.start];
}

/** Comparator: by date key, then by where the event is first reported. */
export function byDateThenArticle(a: Event, b: Event): number {
  if (a.when.key !== b.when.key) return a.when.key < b.when.key ? -1 : 1;
  const [x, y] = [firstSource(a), firstSource(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * @example indexEvents(events, 3).byKey.get('2021-08-16')?.length // 3
 */
export function indexEvents(events: Event[], undatedContacts: number): EventsKnowledge {
  return runSteps(indexEventsSteps(events, undatedContacts));
}

/**
 * `indexEvents` in time slices, so a reload answers questions in between (see steps.ts): indexing
 * 20,000 restored events in one go held them for one long step. Restored events are in order
 * already, which a pass checks instead of sorting them (a stable sort leaves such a list as it is).
 */
export function* indexEventsSteps(events: Event[], undatedContacts: number): Generator<void, EventsKnowledge> {
  let inOrder = true;
  yield* eachInSteps(events.keys(), (i) => {
    if (inOrder && i > 0 && byDateThenArticle(events[i - 1]!, events[i]!) > 0) inOrder = false;
  });
  const sorted = inOrder ? [...events] : [...events].sort(byDateThenArticle);
  yield;
  const byKey = new Map<string, Event[]>();
  const byParticipant = new Map<string, Event[]>();
  yield* eachInSteps(sorted, (e) => {
    push(byKey, e.when.key, e);
    for (const id of e.participants) push(byParticipant, id, e);
  });
  return { events: sorted, byKey, keys: [...byKey.keys()], byParticipant, undatedContacts };
}

/** Index of the first key ≥ `key` (keys.length when none). */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Date keys inside a month or year (`prefix` '2021-08' or '2021'), the coarse key itself first.
 * @example keysWithin(kb, '2021-08') // ['2021-08-04', '2021-08-15', …]
 */
export function keysWithin(kb: EventsKnowledge, prefix: string): string[] {
  const out: string[] = [];
  for (let i = lowerBound(kb.keys, prefix); i < kb.keys.length && kb.keys[i]!.startsWith(prefix); i++) out.push(kb.keys[i]!);
  return out;
}

/**
 * The nearest date keys with events before and after `key`, neither inside it nor containing it
 * (a month-precision "2021-08" is not "before" 2021-08-20).
 * @example nearestKeys(kb, '2020-01-01') // { after: '2021-05' }
 */
export function nearestKeys(kb: EventsKnowledge, key: string): { before?: string; after?: string } {
  const at = lowerBound(kb.keys, key);
  let after = at;
  while (after < kb.keys.length && kb.keys[after]!.startsWith(key)) after++;
  let before = at - 1;
  while (before >= 0 && key.startsWith(kb.keys[before]!)) before--;
  return { ...(before >= 0 ? { before: kb.keys[before] } : {}), ...(after < kb.keys.length ? { after: kb.keys[after] } : {}) };
}

export interface EventsSnapshot {
  events: Event[];
  undatedContacts: number;
}

export function eventsToSnapshot(kb: EventsKnowledge): EventsSnapshot {
  return { events: kb.events, undatedContacts: kb.undatedContacts };
}

/** @throws Error when the stored value is not an events snapshot. */
export function eventsFromSnapshot(data: unknown): EventsKnowledge {
  return runSteps(eventsFromSnapshotSteps(data));
}

/** `eventsFromSnapshot` in time slices (see `indexEventsSteps`). */
export function* eventsFromSnapshotSteps(data: unknown): Generator<void, EventsKnowledge> {
  const s = data as EventsSnapshot;
  if (!Array.isArray(s?.events) || typeof s.undatedContacts !== 'number') throw new Error('unexpected events snapshot');
  return yield* indexEventsSteps(s.events, s.undatedContacts);
}
