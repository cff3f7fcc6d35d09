/**
 * A MiniSearch index as a few flat columns (typed arrays of postings), for the snapshot.
 *
 * MiniSearch's own `toJSON`/`loadJS` go through one plain object per posting list: at 100,000
 * articles that is millions of small objects to serialise, decode and convert back to Maps, most
 * of a snapshot's load time. Here the postings are stored as typed arrays and the index's Maps are
 * rebuilt directly. That means writing MiniSearch's private fields, as its own `loadJS` does; the
 * fields are checked before use (a MiniSearch without them makes the snapshot unusable, so it is
 * rebuilt, never misread), the package version is pinned in package.json, and a test checks that a
 * restored index answers exactly like the built one.
 */
import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';

type Postings = Map<number, number>;

/** The private state of a MiniSearch 7.2 index, as `loadJS` sets it. */
interface MiniState {
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, unknown>;
  _index: SearchableMap<Map<number, Postings>>;
}

export interface MiniColumns {
  format: 'minisearch-7.2-columns';
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Per document, in the index's order: short id, id, then one length per field (-1: none). */
  shortIds: Int32Array;
  ids: Float64Array | unknown[];
  fieldLength: Int32Array;
  /** Per term: its text and how many fields hold it; per (term, field): field id and posting count. */
  terms: string[];
  fieldsPerTerm: Uint8Array;
  fields: Uint8Array;
  counts: Int32Array;
  /** Postings of every (term, field) in order: document short id and term frequency. */
  docs: Int32Array;
  freqs: Int32Array;
}

const STATE_FIELDS = ['_documentCount', '_nextId', '_dirtCount', '_fieldIds', '_avgFieldLength', '_documentIds', '_idToShortId', '_fieldLength', '_storedFields', '_index'];

function stateOf(mini: MiniSearch<never> | MiniSearch<unknown>): MiniState {
  const missing = STATE_FIELDS.filter((f) => !(f in mini));
  if (missing.length > 0) throw new Error(`this MiniSearch version has no ${missing.join(', ')}; the index cannot be stored in columns`);
  return mini as unknown as MiniState;
}

/**
 * @example miniFromColumns(miniToColumns(mini), options).search('lavrov') // same results as mini.search('lavrov')
 */
export function miniToColumns<T>(mini: MiniSearch<T>): MiniColumns {
  const m = stateOf(mini as MiniSearch<unknown>);
  if (m._storedFields.size > 0) throw new Error('stored fields are not kept in columns');
  const fieldCount = Object.keys(m._fieldIds).length;
  const shortIds: number[] = [];
  const ids: unknown[] = [];
  const fieldLength: number[] = [];
  for (const [shortId, id] of m._documentIds) {
    shortIds.push(shortId);
    ids.push(id);
    const lengths = m._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fieldCount; f++) fieldLength.push(lengths[f] ?? -1);
  }
  let total = 0;
  for (const [, data] of m._index) for (const [, postings] of data) total += postings.size;
  const docs = new Int32Array(total);
  const freqs = new Int32Array(total);
  const terms: string[] = [];
  const fieldsPerTerm: number[] = [];
  const fields: number[] = [];
  const counts: number[] = [];
  let at = 0;
  for (const [term, data] of m._index) {
    terms.push(term);
    fieldsPerTerm.push(data.size);
    for (const [field, postings] of data) {
      fields.push(field);
      counts.push(postings.size);
      for (const [doc, freq] of postings) {
        docs[at] = doc;
        freqs[at++] = freq;
      }
    }
  }
  return {
    format: 'minisearch-7.2-columns',
    documentCount: m._documentCount,
    nextId: m._nextId,
    dirtCount: m._dirtCount,
    fieldIds: m._fieldIds,
    averageFieldLength: m._avgFieldLength,
    shortIds: Int32Array.from(shortIds),
    ids: ids.every((id) => typeof id === 'number') ? Float64Array.from(ids as number[]) : ids,
    fieldLength: Int32Array.from(fieldLength),
    terms,
    fieldsPerTerm: Uint8Array.from(fieldsPerTerm),
    fields: Uint8Array.from(fields),
    counts: Int32Array.from(counts),
    docs,
    freqs,
  };
}

/** Throws unless `c` is what `miniToColumns` makes (checked before any part of it is used). */
export function assertColumns(c: MiniColumns): void {
  if (c?.format !== 'minisearch-7.2-columns') throw new Error('not a MiniSearch column snapshot');
}

/** Restores an index saved by `miniToColumns`; `options` must be those it was built with. */
export function miniFromColumns<T>(c: MiniColumns, options: Options<T>): MiniSearch<T> {
  assertColumns(c);
  const mini = new MiniSearch<T>(options);
  const m = stateOf(mini as MiniSearch<unknown>);
  const fieldCount = Object.keys(c.fieldIds).length;
  m._documentCount = c.documentCount;
  m._nextId = c.nextId;
  m._dirtCount = c.dirtCount;
  m._fieldIds = c.fieldIds;
  m._avgFieldLength = c.averageFieldLength;
  m._storedFields = new Map();
  m._documentIds = new Map();
  m._idToShortId = new Map();
  m._fieldLength = new Map();
  for (let i = 0; i < c.shortIds.length; i++) {
    const shortId = c.shortIds[i]!;
    const id = c.ids[i];
    m._documentIds.set(shortId, id);
    m._idToShortId.set(id, shortId);
    const lengths: number[] = [];
    for (let f = 0; f < fieldCount; f++) {
      const length = c.fieldLength[i * fieldCount + f]!;
      if (length >= 0) lengths[f] = length;
    }
    m._fieldLength.set(shortId, lengths);
  }
  const index = new SearchableMap<Map<number, Postings>>();
  let field = 0;
  let posting = 0;
  for (let t = 0; t < c.terms.length; t++) {
    const data = new Map<number, Postings>();
    for (let k = 0; k < c.fieldsPerTerm[t]!; k++, field++) {
      const postings: Postings = new Map();
      for (const end = posting + c.counts[field]!; posting < end; posting++) postings.set(c.docs[posting]!, c.freqs[posting]!);
      data.set(c.fields[field]!, postings);
    }
    index.set(c.terms[t]!, data);
  }
  m._index = index;
  return mini;
}
