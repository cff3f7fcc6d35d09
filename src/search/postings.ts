/**
 * The pruning layer's postings: MiniSearch's postings and BM25 statistics, read once from its column
 * form (`miniColumns.ts`) into typed arrays that a top-k walk can skip through. Per (term, field) a
 * segment of document ids in ascending order with their term frequencies, and the segment's
 * inverse document frequency and largest score contribution (its impact bound, for MaxScore).
 * Scores are MiniSearch's own BM25 formula on the same statistics, so a document scores here what
 * MiniSearch would give it, to the last bit.
 */
import { eachInSteps, runSteps } from '../steps.ts';
import type { MiniColumns } from './miniColumns.ts';

/** MiniSearch 7.2's default BM25 parameters (the indexes do not change them). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface FieldPostings {
  /** Segment number of each term indexed in this field. */
  segment: Map<string, number>;
  /** First posting and posting count of each segment (in the shared `docs` / `freqs`). */
  from: Int32Array;
  count: Int32Array;
  idf: Float64Array;
  /** The largest unweighted score contribution in each segment. */
  maxImpact: Float64Array;
  /** Length of this field in each document, by document id. */
  lengths: Int32Array;
  averageLength: number;
}

export interface Postings {
  documentCount: number;
  /** Postings of every segment: document id (ascending within a segment) and term frequency. */
  docs: Int32Array;
  freqs: Int32Array;
  /** By MiniSearch field id. */
  fields: FieldPostings[];
  /** The columns these postings were read from, kept for the snapshot (they share `freqs`). */
  columns: MiniColumns;
}

/** MiniSearch's BM25 term score, written as MiniSearch writes it so that results agree exactly. */
export function bm25(termFreq: number, idf: number, fieldLength: number, averageLength: number): number {
  return idf * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / averageLength)));
}

function inverseFrequency(documentCount: number, matching: number): number {
  return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
}

/** Document ids of the columns' postings: MiniSearch's short ids mapped to the ids documents were added with. */
function documentIds(c: MiniColumns): Int32Array {
  const identity = c.ids.length === c.shortIds.length && c.shortIds.every((s, i) => c.ids[i] === s);
  if (identity) return c.docs;
  const idOf = new Map<number, number>();
  c.shortIds.forEach((s, i) => {
    const id = c.ids[i];
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) throw new Error('the pruning layer needs whole-number document ids');
    idOf.set(s, id);
  });
  return c.docs.map((s) => idOf.get(s)!);
}

/** Sorts one segment's postings by document id, when they are not already (a built or restored index has them in order). */
function sortSegment(docs: Int32Array, freqs: Int32Array, from: number, count: number): void {
  for (let i = from + 1; i < from + count; i++) if (docs[i]! < docs[i - 1]!) return void resort(docs, freqs, from, count);
}

function resort(docs: Int32Array, freqs: Int32Array, from: number, count: number): void {
  const order = Array.from({ length: count }, (_, i) => from + i).sort((a, b) => docs[a]! - docs[b]!);
  const d = order.map((i) => docs[i]!);
  const f = order.map((i) => freqs[i]!);
  docs.set(d, from);
  freqs.set(f, from);
}

/**
 * Reads a MiniSearch index's columns into the layer's postings; the columns are not copied.
 * @example postingsFromColumns(miniToColumns(mini)).fields[0].segment.get('lavrov')
 */
export function postingsFromColumns(columns: MiniColumns): Postings {
  return runSteps(postingsFromColumnsSteps(columns));
}

/** `postingsFromColumns` in time slices of the terms, so a reload answers questions in between (see steps.ts). */
export function* postingsFromColumnsSteps(columns: MiniColumns): Generator<void, Postings> {
  const fieldCount = Object.keys(columns.fieldIds).length;
  const documents = columns.shortIds.length;
  const docs = documentIds(columns);
  const freqs = columns.freqs;
  let maxId = -1;
  for (let i = 0; i < documents; i++) maxId = Math.max(maxId, Number(columns.ids[i]));
  const segmentsPerField = new Int32Array(fieldCount);
  for (const f of columns.fields) segmentsPerField[f]!++;
  const fields: FieldPostings[] = Array.from({ length: fieldCount }, (_, f) => {
    const lengths = new Int32Array(maxId + 1).fill(-1);
    for (let i = 0; i < documents; i++) lengths[Number(columns.ids[i])] = columns.fieldLength[i * fieldCount + f]!;
    const n = segmentsPerField[f]!;
    return { segment: new Map(), from: new Int32Array(n), count: new Int32Array(n), idf: new Float64Array(n), maxImpact: new Float64Array(n), lengths, averageLength: columns.averageFieldLength[f] ?? 0 };
  });
  const filled = new Int32Array(fieldCount);
  let segment = 0;
  let posting = 0;
  yield;
  yield* eachInSteps(columns.terms.keys(), (t) => {
    for (let k = 0; k < columns.fieldsPerTerm[t]!; k++, segment++) {
      const f = columns.fields[segment]!;
      const count = columns.counts[segment]!;
      const field = fields[f]!;
      const s = filled[f]!++;
      sortSegment(docs, freqs, posting, count);
      const idf = inverseFrequency(columns.documentCount, count);
      let max = 0;
      for (let p = posting; p < posting + count; p++) max = Math.max(max, bm25(freqs[p]!, idf, field.lengths[docs[p]!]!, field.averageLength));
      field.segment.set(columns.terms[t]!, s);
      field.from[s] = posting;
      field.count[s] = count;
      field.idf[s] = idf;
      field.maxImpact[s] = max;
      posting += count;
    }
  });
  return { documentCount: columns.documentCount, docs, freqs, fields, columns };
}

/**
 * First position in `docs[from, end)` whose id is at least `target`, searching forward from `from`
 * by doubling steps (cheap when the target is near, logarithmic when far).
 */
export function seek(docs: Int32Array, from: number, end: number, target: number): number {
  if (from >= end || docs[from]! >= target) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < end && docs[hi]! < target) {
    lo = hi;
    step *= 2;
    hi = Math.min(end, hi + step);
  }
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < target) lo = mid;
    else hi = mid;
  }
  return hi;
}
